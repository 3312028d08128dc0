// The `koa2` dev alias (npm:koa@2) has Koa 3's declarations.
declare module 'koa2' {
  import Koa from 'koa'
  export default Koa
}
