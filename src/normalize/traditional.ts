// Traditional -> simplified, through opencc-js's small t2cn build, loaded only for traditional input.
// Taiwan variants and phrases first (著力 -> 着力), then Hong Kong variants (衞 -> 卫); the conversion
// keeps the text's length in practice, so positions into the source stay right.

/** Place names the converter would get wrong, as printed in traditional text -> correct simplified form. */
const PROTECT: Array<[string, string]> = [
  ['乾安縣', '乾安县'], ['乾安', '乾安'], ['乾縣', '乾县'], ['乾陵', '乾陵'], ['乾元', '乾元'],
];

// Frequent characters of traditional text that simplified text does not use (their simplified forms
// differ). Characters used in both scripts (乾 著 於 後 …) are left out on purpose.
const TRAD_ONLY = /[們個為爲這來國發會關對與經過長時實現頭將點問題區縣廳辦責單領導務業進設計劃條處統績監測組織總體層級應範開資濟維護環衛衞職參聯機構質價報農產産東車書買賣電話樂學習氣醫藥貸議論讓許說請讀變從還邊運達選鄉鎮觀覺際據標準備積極強優歲項類顧風飛館島齊龍萬營貿豐嚴財負貨費賽軍輕較載輸遠適鄰鐵銀鋼錢錄門間陽陰隊隨險難靈韓頁順須預顏願養餘馬驗黨廣濟審權義錯計劃線綫勞動護歷戰擴傳協園圍團圖場壓嚴執療監術規視親誌證識議財貧資幹廢廠構標歸彙]/gu;
const CJK = /\p{Script=Han}/gu;
const MIN_HAN = 20;
const MIN_SHARE = 0.05;

/** Traditional when, among the first 20 000 characters, 5 % or more of the Han characters are traditional-only. */
export function looksTraditional(text: string): boolean {
  const sample = text.slice(0, 20000);
  const han = sample.match(CJK)?.length ?? 0;
  if (han < MIN_HAN) return false;
  const trad = sample.match(TRAD_ONLY)?.length ?? 0;
  return trad / han >= MIN_SHARE;
}

type Convert = (s: string) => string;
let converter: Convert | null = null;

export async function loadConverter(): Promise<Convert> {
  if (!converter) {
    const mod = (await import('opencc-js/t2cn')) as unknown as { Converter: (o: { from: string; to: string }) => Convert };
    const tw = mod.Converter({ from: 'tw', to: 'cn' });
    const hk = mod.Converter({ from: 'hk', to: 'cn' });
    converter = (s: string) => protect(s, hk(tw(s)));
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
