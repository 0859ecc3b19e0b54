// The one place that talks HTTP to the dangbo server: keeps the CSRF token,
// turns problem+json answers into ApiError, and sends the user to /login on 401.
import type { Download, FieldProblem, Problem } from './types';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly fieldErrors: FieldProblem[];
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    const title = problem.title ?? 'Có lỗi xảy ra';
    const detail = problem.detail ?? '';
    super(detail || title);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? (status === 0 ? 'network_error' : `http_${status}`);
    this.title = title;
    this.detail = detail;
    this.fieldErrors = Array.isArray(problem.errors) ? problem.errors : [];
    this.problem = problem;
  }

  /** The sentence to show a person: the detail, else the title. */
  get userMessage(): string {
    return this.detail || this.title;
  }
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** What to do when the session is gone (401); the app installs a router-aware handler. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

function redirectToLogin(): void {
  if (onUnauthorized) {
    onUnauthorized();
    return;
  }
  if (window.location.pathname !== '/login') {
    const next = window.location.pathname + window.location.search;
    window.location.assign(`/login?next=${encodeURIComponent(next)}`);
  }
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Leave 401 to the caller instead of redirecting (login and session checks). */
  allowUnauthorized?: boolean;
  signal?: AbortSignal;
}

function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function readProblem(res: Response): Promise<Problem> {
  const type = res.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      return (await res.json()) as Problem;
    } catch {
      // fall through to the generic message
    }
  }
  if (res.status === 502 || res.status === 503 || res.status === 504) {
    return { title: 'Máy chủ tạm thời không phản hồi', detail: 'Máy chủ tạm thời không phản hồi. Vui lòng thử lại sau.' };
  }
  return { title: 'Có lỗi xảy ra', detail: `Máy chủ trả lời lỗi ${res.status}. Vui lòng thử lại.` };
}

async function send(method: string, path: string, opts: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  }
  try {
    return await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: method === 'GET' ? undefined : JSON.stringify(opts.body ?? {}),
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, {
      title: 'Không kết nối được máy chủ',
      detail: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
    });
  }
}

/** Fetch a fresh CSRF token (after the server rejected a stale one). */
async function refreshCsrf(): Promise<boolean> {
  const res = await send('GET', '/api/auth/me', {});
  if (!res.ok) return false;
  const body = (await res.json()) as { csrf_token?: string };
  if (!body.csrf_token) return false;
  csrfToken = body.csrf_token;
  return true;
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  let res = await send(method, path, opts);
  if (res.status === 403 && method !== 'GET') {
    const problem = await readProblem(res.clone());
    if (problem.code === 'csrf_invalid' && (await refreshCsrf())) {
      res = await send(method, path, opts);
    }
  }
  if (res.ok) {
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  const problem = await readProblem(res);
  if (res.status === 401 && !opts.allowUnauthorized) {
    csrfToken = null;
    redirectToLogin();
  }
  throw new ApiError(res.status, problem);
}

/** The file name from a Content-Disposition header (RFC 6266: filename* first). */
function dispositionFilename(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // fall back to the plain parameter
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1]?.trim() || null;
}

/** GETs a file (an export); errors come as ApiError like any other call. */
export async function download(path: string, query: Record<string, QueryValue>, fallbackName: string): Promise<Download> {
  const res = await send('GET', path, { query });
  if (!res.ok) {
    const problem = await readProblem(res);
    if (res.status === 401) {
      csrfToken = null;
      redirectToLogin();
    }
    throw new ApiError(res.status, problem);
  }
  const blob = await res.blob();
  return { blob, filename: dispositionFilename(res.headers.get('Content-Disposition')) ?? fallbackName };
}

/** Hands a downloaded file to the browser to save. */
export function saveDownload({ blob, filename }: Download): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const api = {
  get: <T>(path: string, opts?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, { ...opts, body }),
  put: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PUT', path, { ...opts, body }),
  patch: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PATCH', path, { ...opts, body }),
  delete: <T>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, opts),
};

/** The message to show for any error thrown by an API call. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.userMessage;
  return 'Có lỗi không mong muốn. Vui lòng thử lại.';
}
