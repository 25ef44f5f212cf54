import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// react-admin debounces filters and renders in several passes; on a loaded 2-core CI machine that can take
// longer than testing-library's 1 s default, which failed findBy/waitFor steps that were correct. A wrong
// screen still fails: it just fails after 5 s instead of 1 s.
configure({ asyncUtilTimeout: 5000 });
