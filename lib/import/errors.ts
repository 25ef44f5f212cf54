// Import failures carry a message an editor can act on ("the JSON ends early at byte 812"), not a stack trace.
import { ValidationError } from "@/lib/errors";

export class ImportError extends ValidationError {
  constructor(message: string) {
    super({ file: [message] }, message);
    this.name = "ImportError";
  }
}
