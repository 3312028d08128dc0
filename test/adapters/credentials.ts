// Errors of HTTP clients as they are thrown after an upstream's 401, with the credentials
// they carry (axios 1.x and got 14 shapes, as seen by the security review): for the tests
// that the default loggers never print them.
export const SECRETS = ['SECRET_BEARER', 'SECRET_API_KEY', 'SECRET_COOKIE']

export function axiosError(): Error {
  return Object.assign(new Error('Request failed with status code 401'), {
    name: 'AxiosError',
    code: 'ERR_BAD_REQUEST',
    config: { url: 'http://10.0.0.7/v1/charges?api_key=SECRET_API_KEY', headers: { Authorization: 'Bearer SECRET_BEARER' } },
    request: { _header: 'GET /v1/charges?api_key=SECRET_API_KEY HTTP/1.1\r\nAuthorization: Bearer SECRET_BEARER\r\n\r\n' },
    response: { status: 401, headers: { 'www-authenticate': 'Bearer' } },
  })
}

export function gotError(): Error {
  return Object.assign(new Error('Response code 401 (Unauthorized)'), {
    name: 'HTTPError',
    code: 'ERR_NON_2XX_3XX_RESPONSE',
    options: {
      headers: { authorization: 'Bearer SECRET_BEARER', cookie: 'sid=SECRET_COOKIE' },
      url: new URL('http://10.0.0.7/v1/charges?api_key=SECRET_API_KEY'),
    },
    response: { statusCode: 401, headers: {}, url: 'http://10.0.0.7/v1/charges?api_key=SECRET_API_KEY' },
  })
}
