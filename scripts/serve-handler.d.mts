export interface ServeRequest {
  method: string | undefined;
  url: string | undefined;
  /** The raw Host header; undefined when the request has none. */
  host: string | undefined;
}
export interface ServeSite {
  root: string;
  port: number;
  /** The page's CSP from its meta tag, if any. */
  policy: string | undefined;
}
export interface ServeAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer | undefined;
}
/** The CSP header: the page's policy plus frame-ancestors 'none'. */
export function headerPolicy(pagePolicy: string | undefined): string;
/** Whether a Host header names this server itself. */
export function isOwnHost(host: string | undefined, port: number): boolean;
/** The real path of the file inside root that path names, or null. */
export function confinedFile(root: string, path: string): Promise<string | null>;
/** The response to one request. */
export function answer(request: ServeRequest, site: ServeSite): Promise<ServeAnswer>;
