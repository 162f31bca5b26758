import { API_ROUTES } from '@datenlotse/contracts';

/** A signed-in session against the server under test. */
export class Api {
  private constructor(
    readonly baseUrl: string,
    readonly cookie: string,
  ) {}

  static async signIn(baseUrl: string, email: string, password: string): Promise<Api> {
    const res = await fetch(new URL(API_ROUTES.login, baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (res.status !== 200) throw new Error(`Sign-in as ${email} failed: ${res.status} ${await res.text()}`);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    return new Api(baseUrl, cookie);
  }

  async get<T>(path: string): Promise<T> {
    return this.request<T>(path, { method: 'GET' });
  }

  async post<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  async upload<T>(path: string, file: Blob, fileName: string): Promise<T> {
    const form = new FormData();
    form.append('file', file, fileName);
    return this.request<T>(path, { method: 'POST', body: form });
  }

  private async request<T>(path: string, init: RequestInit): Promise<T> {
    const res = await fetch(new URL(path, this.baseUrl), {
      ...init,
      headers: { ...(init.headers as Record<string, string>), cookie: this.cookie },
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${init.method} ${path}: ${res.status} ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}
