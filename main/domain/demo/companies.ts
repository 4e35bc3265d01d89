// Companies (客商) with valid credit codes and real divisions, their contacts, and the plan of
// their projects: a company's record is dated a little before its first project began.
import { companyNameKey } from '@contract/shared/companyName';
import { cityOf, regionByAdcode, regionPath, shortName } from '@contract/shared/regions';
import { CHAIN_WEIGHTS, ROADS, SOURCE_CHANNELS, TIERS, chainByName } from './catalog';
import { BatchInsert, nextId, type CompanyRef, type Ctx } from './context';
import { areaCodeOf } from './cities';
import { CONTACT_TITLES, FAMOUS, LEGAL_FORMS, brand, landline, mobile, personName } from './names';
import { oneTeamPerCompany, planProject, type Owners } from './projects';
import { creditCode, placePicker, type Place } from './registry';
import { addDays, daysBetween, roundTo, stampOn, WAN, YI } from './random';
import { companyTwinKey } from '../shared/companyTwinKey';
import { sortKey } from '../shared/sortKey';

// prettier-ignore
const PROJECTS_PER_COMPANY: readonly (readonly [number, number])[] = [[0, 32], [1, 46], [2, 16], [3, 6]];
// prettier-ignore
const CONTACTS_PER_COMPANY: readonly (readonly [number, number])[] = [[1, 30], [2, 45], [3, 20], [4, 5]];
const LETTERS = 'abcdefghjklmnpqrstwxyz';

export function makeCompanies(ctx: Ctx, owners: Owners): void {
  const { db, rng, plan, today } = ctx;
  const company = new BatchInsert(
    db,
    'companies',
    'id name name_key name_sort twin_key credit_code industry chain tier is_chain_leader hq_adcode hq_address lng lat source_channel registered_capital website intro talking_points notes created_at updated_at',
  );
  const contact = new BatchInsert(
    db,
    'contacts',
    'id company_id name name_sort title mobile phone wechat email is_key notes created_at updated_at',
  );
  const pickPlace = placePicker(rng);
  const keys = new Set<string>();
  const codes = new Set<string>();
  let companyId = nextId(db, 'companies');
  let contactId = nextId(db, 'contacts');
  let projectId = nextId(db, 'projects');
  const famous = FAMOUS.filter((f) => regionByAdcode(f.adcode));
  // People's names repeat (王伟, 李娜): each one's pinyin is worked out once.
  const personKeys = new Map<string, string>();
  const personKey = (person: string): string => {
    let key = personKeys.get(person);
    if (key === undefined) personKeys.set(person, (key = sortKey(person, true)));
    return key;
  };

  for (let i = 0; i < plan.companies; i++) {
    const known = i < famous.length ? famous[i] : undefined;
    let place: Place;
    let name: string;
    let short: string;
    const chain = known ? chainByName(known.chain) : rng.weighted(CHAIN_WEIGHTS);
    let word = chain.words[0] as string;
    do {
      if (known) {
        const city = cityOf(known.adcode);
        place = { adcode: known.adcode, cityCode: city?.adcode ?? known.adcode };
        name = known.name;
        short = known.short;
      } else {
        place = pickPlace();
        // Firms take the city's name, or a county's (余姚, 丰县) but never a district's (海淀).
        const county = regionByAdcode(place.adcode);
        const local = county && county.level === 'county' && !county.name.endsWith('区') && rng.chance(0.3);
        const town = shortName((local ? county : regionByAdcode(place.cityCode))?.name ?? '华夏');
        short = brand(rng);
        word = rng.pick(chain.words);
        name = rng.chance(0.06)
          ? `${short}${word}（${town}）有限公司`
          : `${town}${short}${word}${rng.weighted(LEGAL_FORMS)}`;
      }
    } while (keys.has(companyNameKey(name)));
    keys.add(companyNameKey(name));
    let code = creditCode(rng, place.adcode);
    while (codes.has(code)) code = creditCode(rng, place.adcode);
    codes.add(code);

    const tier = known ? known.tier : rng.weighted(TIERS);
    const ref: CompanyRef = {
      id: companyId++,
      name,
      short,
      adcode: place.adcode,
      cityCode: place.cityCode,
      createdOn: today,
      chain,
      industry: rng.pick(chain.industries),
      tier,
      firstContactId: contactId,
      contactCount: 0,
      contactNames: [],
    };
    const nProjects = known ? rng.int(1, 3) : rng.weighted(PROJECTS_PER_COMPANY);
    const plans = Array.from({ length: nProjects }, () => planProject(ctx, ref, owners, projectId++));
    oneTeamPerCompany(plans, owners);
    ctx.projects.push(...plans);
    const firstOn = plans.reduce((m, p) => ((p.path[0]?.on ?? m) < m ? (p.path[0]?.on as string) : m), today);
    const createdOn =
      plans.length > 0 ? addDays(firstOn, -rng.int(0, 20)) : addDays(today, -rng.int(0, 1500));
    ref.createdOn = createdOn;
    const created = stampOn(rng, createdOn);
    const updated = stampOn(rng, addDays(createdOn, rng.int(0, Math.max(0, daysBetween(createdOn, today)))));

    const region = regionByAdcode(place.adcode);
    const [lng, lat] = region?.center ?? [114.3, 30.6];
    const big = tier === 'global500' || tier === 'china500' || tier === 'soe';
    const capital = roundTo(rng.logUniform(big ? 5 * YI : 500 * WAN, big ? 200 * YI : 10 * YI), 10 * WAN);
    const domain =
      Array.from({ length: rng.int(3, 5) }, () => rng.pick([...LETTERS])).join('') +
      rng.pick(['.com', '.com.cn', '.cn']);
    const leader = known !== undefined || (big && rng.chance(0.3));
    const nameKey = companyNameKey(name);
    company.add(
      ref.id,
      name,
      nameKey,
      sortKey(name),
      companyTwinKey(nameKey),
      code,
      ref.industry,
      chain.name,
      tier,
      leader ? 1 : 0,
      place.adcode,
      `${regionPath(place.adcode, '')}${rng.pick(ROADS)}${rng.int(1, 999)}号`,
      Math.round((lng + (rng.next() - 0.5) * 0.08) * 1e5) / 1e5,
      Math.round((lat + (rng.next() - 0.5) * 0.06) * 1e5) / 1e5,
      rng.weighted(SOURCE_CHANNELS),
      capital,
      rng.chance(0.35) ? `https://www.${domain}` : null,
      `${short}成立于${rng.int(1995, 2021)}年，主营${word}相关产品，年营业收入约${rng.int(1, big ? 800 : 30)}亿元，员工${rng.int(50, big ? 50000 : 3000)}人。`,
      rng.chance(0.5)
        ? rng.pick([
            '关注用地和能耗指标，决策快',
            '有在中部地区布局第二生产基地的计划',
            '董事长是湖北籍乡贤，对家乡有感情',
            '看重产业链配套和物流成本',
            '上市公司，重视政策兑现的确定性',
          ])
        : null,
      rng.chance(0.1) ? '资料由商会提供，待核实' : null,
      created,
      updated,
    );

    const nContacts = Math.max(
      1,
      Math.round(rng.weighted(CONTACTS_PER_COMPANY) * (plan.contactsPerCompany / 2)),
    );
    const area = areaCodeOf(place.cityCode);
    for (let c = 0; c < nContacts; c++) {
      const person = personName(rng);
      const title = c === 0 ? rng.pick(['董事长', '总经理']) : rng.weighted(CONTACT_TITLES);
      const phone = mobile(rng);
      contact.add(
        contactId++,
        ref.id,
        person,
        personKey(person),
        title,
        rng.chance(0.9) ? phone : null,
        rng.chance(0.4) ? landline(rng, area) : null,
        rng.chance(0.5) ? phone : null,
        rng.chance(0.3) ? `${rng.pick(['invest', 'office', 'hr', 'info'])}${c || ''}@${domain}` : null,
        c === 0 ? 1 : 0,
        rng.chance(0.08) ? rng.pick(['喜欢喝茶，周末可约', '秘书负责安排行程', '湖北老乡']) : null,
        created,
        created,
      );
      ref.contactNames.push(title + person);
    }
    ref.contactCount = nContacts;
    ctx.companies.push(ref);
    ctx.progress.add(1 + nContacts);
  }
  company.flush();
  contact.flush();
}
