/**
 * The short codes of the released link versions (v1 and v2 share them). A code, once released, keeps its
 * meaning for good: add codes, never change or reuse one (link-fixtures/ prove it).
 */
export const WORK = {
  employee: "e",
  flexible: "f",
  platform: "p",
  construction: "c",
  none: "n",
  retired: "r",
  student: "s",
} as const;
export const PERMIT = { yes: "y", no: "n", applying: "a" } as const;
export const LIVING = { none: "n", children: "c", parents: "p" } as const;
export const CARE = { none: "n", long_term: "l", temporary: "t" } as const;
export const SEX = { male: "m", female: "f" } as const;
export const SCHEME = { staff: "s", resident: "r" } as const;
