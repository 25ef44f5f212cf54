// Every /api/v1 endpoint: the registry in lib/api/endpoints.ts decides what exists.
import { handleApiRequest } from "@/lib/api/handle";

type Ctx = { params: Promise<{ path: string[] }> };

const handler = async (req: Request, { params }: Ctx): Promise<Response> => handleApiRequest(req, (await params).path);

export { handler as GET, handler as HEAD, handler as OPTIONS };
