/**
 * Writes src/policy/data/regions.generated.ts from the maintained dataset package @vant/area-data
 * (GB/T 2260 administrative division codes, maintained by the Vant team).
 *
 * Kept: every province-level unit of the mainland and every unit directly below it (prefecture-level
 * cities, 地区, 盟, 自治州, the four municipalities, and the county-level units that 河南, 湖北, 海南 and
 * 新疆 administer directly). Left out: 台湾, 香港, 澳门 (no 户籍 and no mainland basic-insurance pooling).
 *
 * Run `npm run regions` after bumping @vant/area-data; a unit test fails while the file is stale.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildRegionsModule } from "./regions-module";

const target = fileURLToPath(new URL("../src/policy/data/regions.generated.ts", import.meta.url));
writeFileSync(target, buildRegionsModule());
console.log(`wrote ${target}`);
