/** Whether a value is a UUID, checked before it reaches a uuid column (which would reject it). */
export { isUuid } from '@boards/shared/contracts';
