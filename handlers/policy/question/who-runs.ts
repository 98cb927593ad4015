// Who runs a scheme (青年创业贷是谁在搞, 找哪个部门, 归哪个单位管): the bodies leading it (由省财政厅和团省委牵头)
// answer a question about which body, as much as an office answers one about where to go.

/** 谁在搞, 哪个在管: who runs it, asked without a place word. */
export const asksWhoRuns = /(谁|哪个|哪家)(在)?(搞|办|弄|管)(的|这个|这)?/

/** 哪个部门, 哪些单位, 找谁, 归哪个管: a body asked for, which the bodies leading a scheme name. */
export const asksBody =
  /(牵头|负责|主管|谁管|管的|管不管|管没管|归谁|归哪|在管|管这|(哪个|哪些|哪几个|哪家|什么|啥子?)(部门|单位|机构|机关)|找哪个|找谁|(谁|哪个)(在)?(搞|办|弄|管))/
