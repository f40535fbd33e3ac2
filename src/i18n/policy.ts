/** The words of accepting the policy, the module's contents list and the sign-in callback. */
import { policy } from './en/policy';
import { translator } from './translate';

export const { t, tn, tLink } = translator(policy);
