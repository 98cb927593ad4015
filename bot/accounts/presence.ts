// Whether an account is in a group. The transport knows (Wechaty: the room's member list); a spare takes a group
// over, and a group is handed to an account, only where that account is a member.
export interface RoomPresence {
  hasMember(roomId: string, contactId: string): Promise<boolean>
}

/** Without a transport (tests, benchmarks): every account is in every group. */
export const presentEverywhere: RoomPresence = { hasMember: async () => true }
