// Package derive turns what a catalog author writes about careers (a role's
// entry_from, advancement_to, lateral_moves and transitions lists, and the
// rungs of career ladders) into the transitions of the career graph, with
// the sources of each. It is the one place that rule lives; the root
// package reports the problems it finds.
package derive

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/role"
)

// Key identifies one move: two roles and a kind.
type Key struct {
	From, To role.ID
	Kind     career.Kind
}

// Problem is a move stated twice with different weights. Path and Other
// are paths of the document ("roles[3].entry_from[1]").
type Problem struct {
	Path, Other string
	Move        career.Transition
}

// Result is the derived transitions, sorted by From, To and Kind, with the
// sorted, distinct source IDs of each.
type Result struct {
	Transitions []career.Transition
	Sources     map[Key][]string
	// Rungs are the transitions that came from ladders alone, which no
	// author wrote; their sources are the ladder's.
	Rungs    map[Key]bool
	Problems []Problem
}

// pos is where a move is stated: roles[role].<list>[k].
type pos struct {
	role, k int32
	list    uint8 // an index of lists
}

var lists = [...]string{"entry_from", "advancement_to", "lateral_moves", "transitions"}

func (p pos) String() string { return fmt.Sprintf("roles[%d].%s[%d]", p.role, lists[p.list], p.k) }

// Transitions derives the transitions of roles. Moves naming a role that
// is not one of roles, and moves of a role to itself, are left out (the
// caller reports them). ladders gives each ladder's sources, for the moves
// its rungs imply.
//
// A move stated several times (on both roles it links, or by several
// sources) is one transition; its weights are the ones stated (two
// different non-zero weights are a Problem) and its sources are joined.
//
// Ladders imply advancement moves between consecutive rungs, by the rule
// of Ladder; a move the author wrote between the same two roles, of any
// kind, wins over the implied one.
func Transitions(roles []role.Role, ladders map[role.LadderID][]string) Result {
	// A role is known by its rank among the roles' IDs, and a move by the
	// ranks of its roles and its kind, in one number that sorts as From,
	// To and Kind do: no string is hashed or compared more than once.
	ids := make([]role.ID, len(roles))
	for i, r := range roles {
		ids[i] = r.ID
	}
	slices.Sort(ids)
	rank := make(map[role.ID]uint64, len(ids))
	for i, id := range ids {
		rank[id] = uint64(i)
	}
	moveKey := func(from, to uint64, kind career.Kind) uint64 { return from<<33 | to<<2 | uint64(kind) }

	type entry struct {
		t     career.Transition
		where pos
		srcs  []string
	}
	// Sized for every move the roles state, once each (the usual case: an
	// imported catalog states 18,000), so that they are not grown.
	n := 0
	for _, r := range roles {
		n += len(r.EntryFrom) + len(r.AdvancementTo) + len(r.LateralMoves) + len(r.Transitions)
	}
	moves := make([]entry, 0, n)
	keys := make([]uint64, 0, n)
	index := make(map[uint64]int, n)
	var problems []Problem
	add := func(p pos, t career.Transition, sources []string) {
		from, ok1 := rank[t.From]
		to, ok2 := rank[t.To]
		if from == to || !ok1 || !ok2 {
			return
		}
		k := moveKey(from, to, t.Kind)
		i, ok := index[k]
		if !ok {
			index[k] = len(moves)
			keys = append(keys, k)
			// Clipped, so that adding another statement's sources copies
			// rather than writes into the role's list.
			moves = append(moves, entry{t: t, where: p, srcs: slices.Clip(sources)})
			return
		}
		prev := &moves[i]
		if prev.t.Years != t.Years && prev.t.Years != 0 && t.Years != 0 ||
			prev.t.Index != t.Index && prev.t.Index != 0 && t.Index != 0 {
			problems = append(problems, Problem{Path: p.String(), Other: prev.where.String(), Move: t})
			return
		}
		prev.t.Years = max(prev.t.Years, t.Years)
		prev.t.Index = max(prev.t.Index, t.Index)
		prev.srcs = append(prev.srcs, sources...)
	}
	for i, r := range roles {
		for k, ref := range r.EntryFrom {
			add(pos{int32(i), int32(k), 0}, career.Transition{From: ref.Role, To: r.ID, Kind: career.Entry, Years: ref.Years, Index: ref.Index}, ref.Sources)
		}
		for k, ref := range r.AdvancementTo {
			add(pos{int32(i), int32(k), 1}, career.Transition{From: r.ID, To: ref.Role, Kind: career.Advancement, Years: ref.Years, Index: ref.Index}, ref.Sources)
		}
		for k, ref := range r.LateralMoves {
			add(pos{int32(i), int32(k), 2}, career.Transition{From: r.ID, To: ref.Role, Kind: career.Lateral, Years: ref.Years, Index: ref.Index}, ref.Sources)
		}
		for k, m := range r.Transitions {
			kind, err := career.ParseKind(m.Kind)
			if err != nil {
				continue // reported by the field rules
			}
			add(pos{int32(i), int32(k), 3}, career.Transition{From: r.ID, To: m.To, Kind: kind, Years: m.Years, Index: m.Index}, m.Sources)
		}
	}
	rungs := map[Key]bool{}
	implied := Rungs(roles)
	ladderOf := make(map[role.ID]role.LadderID, len(implied))
	if len(implied) > 0 {
		for _, r := range roles {
			ladderOf[r.ID] = r.Ladder
		}
	}
	for _, t := range implied {
		from, ok1 := rank[t.From]
		to, ok2 := rank[t.To]
		if !ok1 || !ok2 || written(index, from, to, moveKey) {
			continue
		}
		k := moveKey(from, to, t.Kind)
		index[k] = len(moves)
		keys = append(keys, k)
		rungs[Key{t.From, t.To, t.Kind}] = true
		moves = append(moves, entry{t: t, srcs: ladders[ladderOf[t.From]]})
	}

	// In the order of the keys: From, To and Kind.
	order := make([]int32, len(moves))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return cmp.Compare(keys[a], keys[b]) })
	res := Result{
		Transitions: make([]career.Transition, len(moves)),
		Sources:     make(map[Key][]string, len(moves)),
		Rungs:       rungs,
		Problems:    problems,
	}
	for i, at := range order {
		m := moves[at]
		res.Transitions[i] = m.t
		s := m.srcs
		if !strictlySorted(s) {
			s = slices.Compact(slices.Sorted(slices.Values(s)))
		}
		res.Sources[Key{m.t.From, m.t.To, m.t.Kind}] = s
	}
	return res
}

// written reports whether index holds a move of any kind between the
// roles ranked from and to: one the author wrote, which wins over a rung.
func written(index map[uint64]int, from, to uint64, key func(from, to uint64, kind career.Kind) uint64) bool {
	for _, kind := range career.Kinds {
		if _, ok := index[key(from, to, kind)]; ok {
			return true
		}
	}
	return false
}

// strictlySorted reports whether s is sorted with no repeats, so that it can
// be shared as it is.
func strictlySorted(s []string) bool {
	for i := 1; i < len(s); i++ {
		if s[i-1] >= s[i] {
			return false
		}
	}
	return true
}

// Rungs returns the advancement moves the ladders of roles imply, ordered
// by ladder, then From and To. Only roles with a ladder and a rank take
// part. For a role x on rung r:
//
//   - x with no track advances to every role on the next occupied rung
//     above r;
//   - x on a track advances to the roles of its track, or of no track, on
//     the lowest rung above r that has any; and, where a track first
//     appears on the ladder at the next occupied rung (the ladder splits
//     there), to the roles of that track too;
//   - x on a track that has no role above r (the tracks join) advances to
//     every role on the next occupied rung.
//
// So on a ladder with IC rungs 1-5 and a management track from rung 4,
// rung 3 advances to both rung-4 roles, each track then climbs on its own,
// and a management rung 6 above both tracks' tops is reached from each.
func Rungs(roles []role.Role) []career.Transition {
	type rung struct {
		rank  int
		roles []int
	}
	byLadder := map[role.LadderID][]int{}
	for i, r := range roles {
		if r.Ladder != "" && r.Rank > 0 {
			byLadder[r.Ladder] = append(byLadder[r.Ladder], i)
		}
	}
	ladderIDs := slices.Sorted(func(yield func(role.LadderID) bool) {
		for id := range byLadder {
			if !yield(id) {
				return
			}
		}
	})
	var out []career.Transition
	for _, lid := range ladderIDs {
		members := byLadder[lid]
		slices.SortFunc(members, func(a, b int) int {
			return cmp.Or(cmp.Compare(roles[a].Rank, roles[b].Rank), cmp.Compare(roles[a].ID, roles[b].ID))
		})
		var rs []rung
		first := map[role.Track]int{} // track -> lowest rank holding it
		for _, i := range members {
			r := roles[i]
			if len(rs) == 0 || rs[len(rs)-1].rank != r.Rank {
				rs = append(rs, rung{rank: r.Rank})
			}
			rs[len(rs)-1].roles = append(rs[len(rs)-1].roles, i)
			if _, ok := first[r.Track]; !ok && r.Track != role.UnknownTrack {
				first[r.Track] = r.Rank
			}
		}
		for ri, cur := range rs {
			if ri == len(rs)-1 {
				break
			}
			next := rs[ri+1]
			for _, i := range cur.roles {
				x := roles[i]
				var to []int
				if x.Track == role.UnknownTrack {
					to = next.roles
				} else {
					found := false
					for _, up := range rs[ri+1:] {
						for _, j := range up.roles {
							if t := roles[j].Track; t == x.Track || t == role.UnknownTrack {
								to = append(to, j)
								found = true
							}
						}
						if found {
							break
						}
					}
					if !found {
						to = next.roles // the track ends: join the next rung
					}
					for _, j := range next.roles {
						t := roles[j].Track
						if t != x.Track && t != role.UnknownTrack && first[t] == next.rank && !slices.Contains(to, j) {
							to = append(to, j) // a track starts here: split
						}
					}
				}
				for _, j := range to {
					out = append(out, career.Transition{From: x.ID, To: roles[j].ID, Kind: career.Advancement})
				}
			}
		}
	}
	return out
}
