/**
 * Every released version of the share link. A link says its version (v=…); it is read by that
 * version's format, which maps it onto today's answers. Adding a version = adding vN.ts, listing it
 * here and making it CURRENT; the fixtures in ../link-fixtures/ prove every old link still opens.
 */
import type { CurrentLinkFormat, LinkFormat } from "./types";
import { V1 } from "./v1";
import { V2 } from "./v2";

export const CURRENT: CurrentLinkFormat = V2;

export const LINK_FORMATS: ReadonlyMap<number, LinkFormat> = new Map([V1, V2].map((f) => [f.version, f]));

/** The newest version this build can read: a link with a higher one comes from a newer release. */
export const NEWEST_VERSION = Math.max(...LINK_FORMATS.keys());
