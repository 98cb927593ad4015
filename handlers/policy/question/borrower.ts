// Who borrows: a firm (公司, 合作社, 厂, 企业贷) asking the conditions of a guarantee loan is answered by the firm's
// conditions (新招用人员占10%, 不拖欠工资社保), not by the list of people who may borrow or the limits.

/** 我们公司, 屋头的合作社, 厂里, 企业贷: a firm is the borrower. */
const firmBorrows =
  /(公司|企业|合作社|厂|小微|农场|单位)[^。？?]{0,12}贷|贷[^。？?]{0,6}(公司|企业|合作社|厂)/
/** 要满足啥子条件, 有什么要求, 够不够格: the terms of borrowing asked. */
const asksTerms = /(条件|要求|资格|满足|符合|门槛|够格)/
/** 小微企业办创业担保贷款的条件: a unit headed by a firm's conditions. */
const firmTermsHeading = /企业[^。]{0,12}(条件|要求)/

/** A unit headed by a firm's loan conditions, for a question asking a firm's loan conditions. */
export function answersFirmTerms(question: string, heading: string): boolean {
  return firmBorrows.test(question) && asksTerms.test(question) && firmTermsHeading.test(heading)
}
