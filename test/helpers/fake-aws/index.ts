/**
 * The fake AWS for deploy and revert tests: one AwsWorld (./world.ts), answered in-process through
 * aws-sdk-client-mock (fakeAws) or over loopback HTTP for bundles (awsEndpoint).
 */
export {
  AwsWorld,
  type AwsRequest,
  type AwsSeed,
  type Handler,
  type Hook,
  type Service,
  type SharedSeed,
} from "./world.js";
export {
  BEFORE_THE_TEST,
  type FakeStack,
  type ScriptedEvent,
  type StackScript,
  type StackStep,
} from "./stacks.js";
export { NO_CHANGES, type FakeChangeSet } from "./change-sets.js";
export { DEFAULT_LIMITS } from "./load-balancer.js";
export { fakeAws, type FakeAws } from "./mock.js";
export { awsEndpoint, type AwsEndpoint } from "./endpoint.js";
export {
  ACCOUNT,
  awsError,
  HTTPS_LISTENER_ARN,
  LISTENER_ARN,
  LOAD_BALANCER_ARN,
  LOAD_BALANCER_URL,
  NOTHING_SERVING,
  REGION,
  targetGroupArn,
} from "./resources.js";
