// How a member wants to be told (一次说全, 说详细点, 免得跑几趟), not what he asks about: its words (一次, 跑) name
// no topic, and 一次 would otherwise match the 一次性 of the start-up subsidy.

const manner = new RegExp(
  [
    // 一次给我说全, 一次性讲清楚, 一口气说完
    '(一次性?|一回|一口气|一哈|一下子)(给我|跟我|帮我|和我)?(们)?(说|讲|告诉|列|写|发)(个|出来)?(全|清楚|完|齐|明白|到位)?(点|些)?',
    // 说全点, 讲清楚些, 说详细点
    '(给我|跟我|帮我)?(说|讲|列)(全|清楚|详细|仔细|明白)(点|些|一点|一些)?',
    // 免得跑几趟, 省得白跑, 不想跑冤枉路
    '(免得|省得|不想|莫要|别)(我|又|再|多)?(白|多)?跑(几|好几|冤枉|空)?(趟|回|次|路)?',
  ].join('|'),
  'g',
)

/** The question without how the member wants to be told (一次给我说全嘛, 免得跑几趟). */
export function withoutAskingManner(question: string): string {
  return question.replace(manner, ' ')
}
