/** The provider's one error shape, and the exception that carries it out of a handler. */
import type { ApiErrorBody } from '../../contract/anchor-api.ts'

export class ApiError extends Error {
  readonly status: number

  constructor(status: number, message: string) {
    super(message)
    this.status = status
  }
}

export function errorBody(code: number, message: string): ApiErrorBody {
  return { error: { code, message } }
}

export function errorResponse(code: number, message: string, headers?: HeadersInit): Response {
  return Response.json(errorBody(code, message), { status: code, headers })
}

/** A 400 naming the parameter, the value received and what is allowed. */
export function invalidParam(name: string, value: string, allowed: string): ApiError {
  return new ApiError(400, `Invalid ${name} "${value}": must be ${allowed}`)
}
