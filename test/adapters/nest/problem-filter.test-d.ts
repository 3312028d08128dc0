import { ValidationPipe, type ExceptionFilter, type ValidationPipeOptions } from '@nestjs/common'
import { problemExceptionFactory, ProblemFilter, type NestProblemOptions } from 'statuskit/nest'
import { expectTypeOf, test } from 'vitest'

test('ProblemFilter is a Nest exception filter; its log gets the ArgumentsHost', () => {
  expectTypeOf(new ProblemFilter()).toExtend<ExceptionFilter>()
  const options: NestProblemOptions = { log: (_level, _problem, host) => void host.switchToHttp().getRequest() }
  expectTypeOf(options).toExtend<ConstructorParameters<typeof ProblemFilter>[0]>()
})

test('problemExceptionFactory fits ValidationPipe’s exceptionFactory', () => {
  expectTypeOf(problemExceptionFactory).toExtend<NonNullable<ValidationPipeOptions['exceptionFactory']>>()
  expectTypeOf(new ValidationPipe({ exceptionFactory: problemExceptionFactory })).toEqualTypeOf<ValidationPipe>()
})
