// 网店创业培训一个人补好多, 短视频培训要不要交学费: whatever the course, a question on what a training costs or
// is subsidised asks the training subsidy, not the unit the course's subject (网店, 电商) names.

/** 培训 followed in the same clause by what it costs or is paid (补好多, 免费, 学费). */
const trainingPaid = /培训[^，,。？?！!\s]{0,6}(补|免费|学费|出钱|交钱|要钱|收费|收钱|报销)/
/** A question on the start-up grant or loan that only tells of a training (参加过培训能领创业补贴不). */
const otherScheme = /(创业补贴|一次性|贷款|贴息|税)/

export function asksTrainingSubsidy(question: string): boolean {
  return trainingPaid.test(question) && !otherScheme.test(question)
}
