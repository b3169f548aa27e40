import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@routekaart/domain';

/**
 * Hands domain errors straight to the GraphQL error formatter. Without it Nest logs every
 * expected refusal (a wrong password, a forbidden edit) as an unexpected error with a stack.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
