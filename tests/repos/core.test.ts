// Groups, branches and roles on both databases: binding races between bot processes, re-linking, roles.
import { expect, it } from 'vitest'
import {
  bindGroup,
  findGroupByRoom,
  listGroupsOfBranch,
  relinkGroup,
} from '../../prisma/repos/core/groups.js'
import { branchesOfContact, listRoles, removeRole, setRole } from '../../prisma/repos/core/roles.js'
import { createSchedule } from '../../prisma/repos/schedule/schedules.js'
import { describeOnEachProvider, uniqueName } from './providers.js'

const at = new Date('2026-03-04T12:00:00Z')

describeOnEachProvider('core repositories', (t) => {
  it('binds a group to a new branch once, and a second group to the same branch', async () => {
    const branchName = uniqueName('叙州区驻深圳支部')
    const first = await bindGroup(t.db(), {
      roomId: uniqueName('room'),
      topic: '一群',
      branchName,
      boundBy: 'sec',
    })
    const second = await bindGroup(t.db(), {
      roomId: uniqueName('room'),
      topic: '二群',
      branchName,
      boundBy: 'sec',
    })
    expect([first.created, second.created]).toEqual([true, false])
    expect(second.branch.id).toBe(first.branch.id)
    expect((await listGroupsOfBranch(t.db(), first.branch.id)).map((g) => g.topic)).toEqual(['一群', '二群'])
  })

  it('lets two bot processes bind groups to the same new branch at the same moment: one branch, both groups', async () => {
    const branchName = uniqueName('同时绑定支部')
    const rooms = [uniqueName('room'), uniqueName('room')]
    const results = await Promise.all([
      bindGroup(t.db(), { roomId: rooms[0]!, topic: 'A', branchName, boundBy: 'sec-a' }),
      bindGroup(t.otherProcess(), { roomId: rooms[1]!, topic: 'B', branchName, boundBy: 'sec-b' }),
    ])
    expect(results.filter((r) => r.created)).toHaveLength(1)
    expect(new Set(results.map((r) => r.branch.id)).size).toBe(1)
    expect(await listGroupsOfBranch(t.db(), results[0].branch.id)).toHaveLength(2)
  })

  it('lets two bot processes bind the same group at the same moment: one binding, to one of the two branches', async () => {
    const roomId = uniqueName('room')
    await Promise.all([
      bindGroup(t.db(), { roomId, topic: '群', branchName: uniqueName('甲支部'), boundBy: 'a' }),
      bindGroup(t.otherProcess(), { roomId, topic: '群', branchName: uniqueName('乙支部'), boundBy: 'b' }),
    ])
    const group = await findGroupByRoom(t.db(), roomId)
    expect(group?.branch.name).toMatch(/^[甲乙]支部/)
  })

  it('re-links a group whose room id changed, with its sessions and schedules', async () => {
    const [fromRoomId, toRoomId] = [uniqueName('old-room'), uniqueName('new-room')]
    const { branch } = await bindGroup(t.db(), {
      roomId: fromRoomId,
      topic: '旧',
      branchName: uniqueName('支部'),
      boundBy: 's',
    })
    await t.db().session.create({
      data: {
        branchId: branch.id,
        roomId: fromRoomId,
        kind: 'class',
        topic: '党课',
        openedBy: 's',
        openedAt: at,
        lateAfter: at,
        closesAt: at,
      },
    })
    const schedule = await createSchedule(t.db(), {
      branchId: branch.id,
      roomId: fromRoomId,
      kind: 'rollcall',
      phrase: '每周三 20:00',
      cron: '0 20 * * 3',
      runAt: null,
      topic: '点名',
      durationMinutes: 10,
      leadMinutes: 0,
      createdBy: 's',
      now: at,
    })
    const group = await relinkGroup(t.db(), { fromRoomId, toRoomId, topic: '新' })
    expect(group).toMatchObject({ roomId: toRoomId, topic: '新' })
    expect(await t.db().session.count({ where: { roomId: toRoomId } })).toBe(1)
    expect((await t.db().schedule.findUnique({ where: { id: schedule.id } }))?.roomId).toBe(toRoomId)
    expect(await findGroupByRoom(t.db(), fromRoomId)).toBeNull()
  })

  it('sets, changes and removes roles, and finds every branch of a contact once', async () => {
    const { branch } = await bindGroup(t.db(), {
      roomId: uniqueName('room'),
      topic: '群',
      branchName: uniqueName('支部'),
      boundBy: 's',
    })
    const contactId = uniqueName('wxid_')
    const grant = { branchId: branch.id, contactId, contactName: '王书记', grantedBy: 'cfg' }
    await setRole(t.db(), { ...grant, role: 'committee' })
    await setRole(t.db(), { ...grant, role: 'secretary' })
    expect((await listRoles(t.db(), branch.id)).map((r) => r.role)).toEqual(['secretary'])
    await t.db().member.create({ data: { branchId: branch.id, name: '王书记', contactId } })
    expect((await branchesOfContact(t.db(), contactId)).map((b) => b.id)).toEqual([branch.id])
    expect(await removeRole(t.db(), branch.id, contactId)).toBe(true)
    expect(await removeRole(t.db(), branch.id, contactId)).toBe(false)
  })
})
