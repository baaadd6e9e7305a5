// Traditional -> simplified, through opencc-js's small t2cn build, loaded only for traditional input.

/** Place names the converter would get wrong, as printed in traditional text -> correct simplified form. */
const PROTECT: Array<[string, string]> = [
  ['乾安縣', '乾安县'], ['乾安', '乾安'], ['乾縣', '乾县'], ['乾陵', '乾陵'], ['乾元', '乾元'],
];

// Characters common in traditional text and absent from simplified text.
const TRAD_ONLY = /[們個為這來國發會關於對與經過長時實現頭將點問題區縣廳辦責單領導務業務進設計劃條處統績監測組織總體層級應範開資濟維護環衛職參聯]/gu;
const CJK = /\p{Script=Han}/gu;

export function looksTraditional(text: string): boolean {
  const sample = text.slice(0, 20000);
  const han = sample.match(CJK)?.length ?? 0;
  if (han < 20) return false;
  const trad = sample.match(TRAD_ONLY)?.length ?? 0;
  return trad / han > 0.02;
}

type Convert = (s: string) => string;
let converter: Convert | null = null;

export async function loadConverter(): Promise<Convert> {
  if (!converter) {
    const mod = (await import('opencc-js/t2cn')) as unknown as { Converter: (o: { from: string; to: string }) => Convert };
    const hk = mod.Converter({ from: 'hk', to: 'cn' });
    converter = (s: string) => protect(s, hk(s));
  }
  return converter;
}

/** Puts protected names back where conversion changed them (only when conversion kept the length). */
function protect(source: string, converted: string): string {
  if (source.length !== converted.length) return converted;
  let out = converted;
  for (const [trad, simp] of PROTECT) {
    let i = source.indexOf(trad);
    while (i >= 0) {
      out = out.slice(0, i) + simp + out.slice(i + simp.length);
      i = source.indexOf(trad, i + trad.length);
    }
  }
  return out;
}
