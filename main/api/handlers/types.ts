import type { ApiOutput, ApiParsed, ChannelName } from '@contract/channels';
import type { ApiContext } from '../context';

// Apart from index.ts, which imports every group: a group imports these types, not the index.
export type Handler<K extends ChannelName> = (
  ctx: ApiContext,
  input: ApiParsed<K>,
) => ApiOutput<K> | Promise<ApiOutput<K>>;
export type Handlers = { [K in ChannelName]: Handler<K> };
/** Handlers for a subset of the channels, typed by the same contract. */
export type HandlerGroup<P extends string> = { [K in Extract<ChannelName, `${P}.${string}`>]: Handler<K> };

/** The handler of any channel, looked up when called (export.view reads through list handlers). */
export type HandlerOf = <K extends ChannelName>(channel: K) => Handler<K>;
