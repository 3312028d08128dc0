/**
 * Brand every `HttpProblem` carries, shared by every copy of statuskit (ESM and CJS
 * builds, duplicate installs), so `isHttpProblem()` recognises instances made by another
 * copy. Internal; a module of its own so that checking for the brand does not load the class.
 */
export const HTTP_PROBLEM_BRAND: unique symbol = /* @__PURE__ */ Symbol.for('statuskit.HttpProblem') as never
