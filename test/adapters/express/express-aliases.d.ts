// The npm aliases `express4` and `express5` (devDependencies) have no types of their own;
// tests type both with @types/express, whose request/response shapes cover Express 4 and 5.
declare module 'express4' {
  import express from 'express'
  export default express
}
declare module 'express5' {
  import express from 'express'
  export default express
}
