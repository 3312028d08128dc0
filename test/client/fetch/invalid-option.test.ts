import { describe, expect, it } from 'vitest'
import { invalidOption } from '../../../src/client/fetch/invalid-option.js'

describe('invalidOption', () => {
  it('throws a RangeError for a number, showing it', () => {
    expect(() => invalidOption('maxAttempts', 0, 'a positive integer')).toThrow(RangeError)
    expect(() => invalidOption('maxAttempts', 0, 'a positive integer')).toThrow('Invalid `maxAttempts`: received 0; expected a positive integer.')
  })

  it('throws a TypeError for another type, naming the type and never the value', () => {
    const call = () => invalidOption('onRetry', 'token=s3cret', 'a function')
    expect(call).toThrow(TypeError)
    expect(call).toThrow('Invalid `onRetry`: received string; expected a function.')
    expect(() => invalidOption('retryBudget', null, 'an object or false')).toThrow('received null;')
  })

  it('throws a TypeError for a number of the wrong type when told so', () => {
    expect(() => invalidOption('random', 5, 'a function', false)).toThrow(TypeError)
  })
})
