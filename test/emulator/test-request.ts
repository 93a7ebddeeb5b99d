/** A bare fetch wrapper for the emulator's own tests (the product's client lives in server/src/palette). */
export interface TestResponse {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

export interface TestRequest {
  key?: string;
  projectUid?: string;
  body?: unknown;
  signal?: AbortSignal;
}

export async function request(base: string, method: string, path: string, o: TestRequest = {}): Promise<TestResponse> {
  const headers: Record<string, string> = {};
  if (o.key) headers.ApiKey = o.key;
  if (o.projectUid) headers.ProjectUid = o.projectUid;
  if (o.body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(base + path, {
    method, headers, body: o.body === undefined ? undefined : JSON.stringify(o.body), signal: o.signal,
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}
