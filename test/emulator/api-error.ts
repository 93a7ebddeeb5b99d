/**
 * An error the emulator answers with, shaped as Palette's v1Error {code, message, ref?}. The spec declares no
 * error responses; codes follow the Go SDK / Terraform mock conventions (FACTS.md §1).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  body(): { code: string; message: string; ref: string } {
    return { code: this.code, message: this.message, ref: `emulator-${this.status}` };
  }
}

export const badRequest = (code: string, message: string): ApiError => new ApiError(400, code, message);
export const notFound = (message: string): ApiError => new ApiError(404, 'ResourceNotFound', message);
