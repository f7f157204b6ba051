package rolemodel

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/rolemodel/rolemodel/internal/archrules"
	"github.com/rolemodel/rolemodel/internal/problem"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
	"github.com/rolemodel/rolemodel/skill"
)

// checkArchitecture checks the job architecture (archrules.Check) and
// reports what it finds where the catalog's problems go.
func (l *loader) checkArchitecture(ids index) {
	d := &l.doc
	archrules.Check(archrules.Lists{Families: d.Families, Ladders: d.Ladders, Grades: d.Grades, Roles: d.Roles},
		ids[cFamilies], ids[cLadders], ids[cGrades], l.problem)
}

// Families returns every job family in ID order.
func (c *Catalog) Families() iter.Seq[role.Family] {
	return each(c.pOrNil().Families, role.Family.Clone)
}

// Ladders returns every career ladder in ID order.
func (c *Catalog) Ladders() iter.Seq[role.Ladder] { return each(c.pOrNil().Ladders, role.Ladder.Clone) }

// Grades returns every pay grade, lowest rank first.
func (c *Catalog) Grades() iter.Seq[role.Grade] {
	gs := slices.Clone(c.pOrNil().Grades)
	slices.SortFunc(gs, func(a, b role.Grade) int { return cmp.Compare(a.Rank, b.Rank) })
	return each(gs, role.Grade.Clone)
}

func (c *Catalog) pOrNil() *Parts {
	if c == nil {
		return &Parts{}
	}
	return &c.p
}

func each[T any](list []T, clone func(T) T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range list {
			if !yield(clone(x)) {
				return
			}
		}
	}
}

// Family returns the job family with the given ID.
func (c *Catalog) Family(id role.FamilyID) (role.Family, bool) {
	return get(c, cFamilies, string(id), c.pOrNil().Families, role.Family.Clone)
}

// Ladder returns the career ladder with the given ID.
func (c *Catalog) Ladder(id role.LadderID) (role.Ladder, bool) {
	return get(c, cLadders, string(id), c.pOrNil().Ladders, role.Ladder.Clone)
}

// Grade returns the pay grade with the given ID.
func (c *Catalog) Grade(id role.GradeID) (role.Grade, bool) {
	return get(c, cGrades, string(id), c.pOrNil().Grades, role.Grade.Clone)
}

func get[T any](c *Catalog, coll int, id string, list []T, clone func(T) T) (T, bool) {
	var zero T
	if c == nil {
		return zero, false
	}
	i, ok := c.ids[coll][id]
	if !ok {
		return zero, false
	}
	return clone(list[i]), true
}

// FamilyOf returns the job family of a role: its own, or else its ladder's.
// It reports false for an unknown role or a role in no family.
func (c *Catalog) FamilyOf(id role.ID) (role.FamilyID, bool) {
	i, ok := c.roleIndex(id)
	if !ok {
		return "", false
	}
	f := c.familyOf(&c.p.Roles[i])
	return f, f != ""
}

func (c *Catalog) familyOf(r *role.Role) role.FamilyID {
	if r.Family != "" || r.Ladder == "" {
		return r.Family
	}
	if j, ok := c.ids[cLadders][string(r.Ladder)]; ok {
		return c.p.Ladders[j].Family
	}
	return ""
}

// inFamily reports whether family f is want or one of its sub-families.
func (c *Catalog) inFamily(f, want role.FamilyID) bool {
	for range len(c.p.Families) + 1 { // parents form a tree: no walk is longer
		if f == want {
			return true
		}
		j, ok := c.ids[cFamilies][string(f)]
		if !ok || f == "" {
			return false
		}
		f = c.p.Families[j].Parent
	}
	return false
}

// RoleQuery selects roles by where they sit and what they need. Every field
// left zero matches every role; the fields that are set must all match.
type RoleQuery struct {
	// Family matches roles in the family or any of its sub-families; a
	// role's family is its own, or else its ladder's.
	Family role.FamilyID
	// Ladder matches the roles on the ladder.
	Ladder role.LadderID
	// Grade matches the roles of the pay grade.
	Grade role.GradeID
	// Level matches the roles of the coarse seniority level.
	Level role.Level
	// Track matches the roles of the career track.
	Track role.Track
	// Skill matches the roles that require the skill, at MinLevel or above
	// (any level, Unstated included, when MinLevel is Unstated), and only
	// as essential when Essential is set.
	Skill     skill.ID
	MinLevel  skill.Level // see Skill
	Essential bool        // see Skill
}

func (q RoleQuery) match(c *Catalog, i int) bool {
	r := &c.p.Roles[i]
	switch {
	case q.Family != "" && !c.inFamily(c.familyOf(r), q.Family),
		q.Ladder != "" && r.Ladder != q.Ladder,
		q.Grade != "" && r.Grade != q.Grade,
		q.Level != role.UnknownLevel && r.Level != q.Level,
		q.Track != role.UnknownTrack && r.Track != q.Track:
		return false
	}
	if q.Skill == "" {
		return true
	}
	reqs := c.reqs[i]
	k, ok := slices.BinarySearchFunc(reqs, q.Skill, func(r skill.Requirement, id skill.ID) int { return cmp.Compare(r.Skill, id) })
	if !ok {
		return false
	}
	return reqs[k].Level >= q.MinLevel && (!q.Essential || reqs[k].Essential)
}

// Select returns the roles q matches, in ID order.
func (c *Catalog) Select(q RoleQuery) iter.Seq[role.Role] {
	return func(yield func(role.Role) bool) {
		if c == nil {
			return
		}
		for i := range c.p.Roles {
			if q.match(c, i) && !yield(c.p.Roles[i].Clone()) {
				return
			}
		}
	}
}

// Rungs returns the roles of ladder l rung by rung, entry rung first: one
// slice per rank that has roles (a rank no role holds is skipped, so a
// slice's index is not its rank; each role's Rank field is). Within a rung
// the roles with no track stated come first, then the individual
// contributors, then the managers; roles on one track are in ID order. An
// unknown ladder gives nil.
func (c *Catalog) Rungs(l role.LadderID) [][]role.Role {
	if c == nil {
		return nil
	}
	var on []role.Role
	for _, r := range c.p.Roles {
		if r.Ladder == l && r.Rank > 0 {
			on = append(on, r.Clone())
		}
	}
	slices.SortFunc(on, func(a, b role.Role) int {
		return cmp.Or(cmp.Compare(a.Rank, b.Rank), cmp.Compare(a.Track, b.Track), cmp.Compare(a.ID, b.ID))
	})
	var out [][]role.Role
	for i, r := range on {
		if i == 0 || on[i-1].Rank != r.Rank {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], r)
	}
	return out
}

// NextRung returns the roles one rung up from role id on its ladder, by
// the rule that derives a ladder's moves (see the package documentation),
// whether or not the catalog's authors wrote those moves themselves; in ID
// order. A role on no ladder, or on its top rung, has none. An unknown role
// is a *career.RoleError.
func (c *Catalog) NextRung(id role.ID) ([]role.Role, error) {
	if _, ok := c.roleIndex(id); !ok {
		return nil, c.unknownRole(id)
	}
	var out []role.Role
	for _, to := range c.nextRung[id] {
		r, _ := c.Role(to)
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b role.Role) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// LadderTable is the overview page career frameworks publish: a ladder's
// rungs down the side, its tracks across the top, the roles in the cells.
type LadderTable struct {
	// Ladder is the ladder the table shows.
	Ladder role.Ladder
	// Tracks are the columns: the tracks the ladder's roles are on, in the
	// order individual contributor, management; UnknownTrack first for
	// roles that state none.
	Tracks []role.Track
	// Rows are the rungs, entry rung first.
	Rows []LadderRow
}

// LadderRow is one rung of a LadderTable.
type LadderRow struct {
	Rank int // the rung
	// Cells holds, per column of Tracks, the roles of that track on this
	// rung (usually one; none where the track has no role here), by ID.
	Cells [][]role.Role
}

// Table returns the ladder table of ladder l. An unknown ladder is a
// *LookupError of kind ErrUnknownLadder.
func (c *Catalog) Table(l role.LadderID) (LadderTable, error) {
	ld, ok := c.Ladder(l)
	if !ok {
		return LadderTable{}, &LookupError{What: "ladder", ID: string(l), Err: ErrUnknownLadder}
	}
	t := LadderTable{Ladder: ld}
	rungs := c.Rungs(l)
	for _, rung := range rungs {
		for _, r := range rung {
			if !slices.Contains(t.Tracks, r.Track) {
				t.Tracks = append(t.Tracks, r.Track)
			}
		}
	}
	slices.Sort(t.Tracks)
	for _, rung := range rungs {
		row := LadderRow{Rank: rung[0].Rank, Cells: make([][]role.Role, len(t.Tracks))}
		for _, r := range rung {
			k := slices.Index(t.Tracks, r.Track)
			row.Cells[k] = append(row.Cells[k], r)
		}
		t.Rows = append(t.Rows, row)
	}
	return t, nil
}

// String renders the table as aligned text, one line per rung, entry rung
// at the bottom as frameworks draw ladders: "rung | individual-contributor
// | management", with role titles (several in a cell joined by " / ", and
// "-" for an empty cell).
func (t LadderTable) String() string {
	head := []string{"rung"}
	for _, tr := range t.Tracks {
		head = append(head, cmp.Or(tr.String(), "(no track)"))
	}
	rows := [][]string{head}
	for i := len(t.Rows) - 1; i >= 0; i-- {
		r := t.Rows[i]
		line := []string{fmt.Sprint(r.Rank)}
		for _, cell := range r.Cells {
			var titles []string
			for _, x := range cell {
				titles = append(titles, x.Title)
			}
			line = append(line, cmp.Or(strings.Join(titles, " / "), "-"))
		}
		rows = append(rows, line)
	}
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 1, ' ', 0)
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r, "\t| "))
	}
	tw.Flush()
	return b.String()
}

// Sentinels of LookupError and PayBandError.
var (
	// ErrUnknownLadder: no ladder has the ID.
	ErrUnknownLadder = errors.New("unknown ladder")
	// ErrNoGrade: the role has no pay grade.
	ErrNoGrade = errors.New("the role has no pay grade")
	// ErrNoPayBand: the role's grade has no pay band for the region.
	ErrNoPayBand = errors.New("no pay band")
)

// LookupError reports an ID of a family, ladder or grade that the catalog
// does not have.
type LookupError struct {
	What string // "ladder"
	ID   string // the ID asked for, as given
	Err  error  // ErrUnknownLadder
}

// Error describes the problem in one line, quoting the ID.
func (e *LookupError) Error() string {
	return fmt.Sprintf("rolemodel: no %s %s in the catalog", e.What, quoteID(e.ID))
}

// Unwrap returns Err.
func (e *LookupError) Unwrap() error { return e.Err }

// PayBandError reports why a role has no pay band in a region.
type PayBandError struct {
	Role   role.ID      // the role asked about
	Grade  role.GradeID // "" when the role has no grade
	Region string       // the region asked for
	// Regions lists the regions the grade has bands for.
	Regions []string
	Err     error // ErrNoGrade or ErrNoPayBand
}

// Error describes the problem in one line.
func (e *PayBandError) Error() string {
	if errors.Is(e.Err, ErrNoGrade) {
		return fmt.Sprintf("rolemodel: role %s has no pay grade", quoteID(string(e.Role)))
	}
	have := "none"
	if len(e.Regions) > 0 {
		qs := make([]string, len(e.Regions))
		for i, r := range e.Regions {
			qs[i] = quoteID(r)
		}
		have = strings.Join(qs, ", ")
	}
	return fmt.Sprintf("rolemodel: grade %s of role %s has no pay band for region %s (it has: %s)", quoteID(string(e.Grade)), quoteID(string(e.Role)), quoteID(e.Region), have)
}

// Unwrap returns Err.
func (e *PayBandError) Unwrap() error { return e.Err }

// quoteID quotes s for a message, cut to a bounded length.
func quoteID(s string) string { return problem.Quote(s, problem.MaxQuoteID) }

// PayBand returns the pay band of role id's grade in region (matched
// exactly, as the grade writes it; "" for a band that names no region),
// from which a person's compa-ratio (salary.Band.CompaRatio) and range
// penetration (salary.Band.Penetration) follow. The band's figures are per
// the period its grade states (see Grade and role.PayBand.Period).
//
// An unknown role is a *career.RoleError; a role with no grade, or a grade
// with no band there, a *PayBandError (ErrNoGrade, ErrNoPayBand).
func (c *Catalog) PayBand(id role.ID, region string) (salary.Band, error) {
	b, err := c.payBand(id, region)
	if err != nil {
		return salary.Band{}, err
	}
	return b.Band()
}

func (c *Catalog) payBand(id role.ID, region string) (role.PayBand, error) {
	i, ok := c.roleIndex(id)
	if !ok {
		return role.PayBand{}, c.unknownRole(id)
	}
	r := &c.p.Roles[i]
	if r.Grade == "" {
		return role.PayBand{}, &PayBandError{Role: id, Region: region, Err: ErrNoGrade}
	}
	g := &c.p.Grades[c.ids[cGrades][string(r.Grade)]]
	if b, ok := g.Band(region); ok {
		return b, nil
	}
	e := &PayBandError{Role: id, Grade: g.ID, Region: region, Err: ErrNoPayBand}
	for _, b := range g.Pay {
		e.Regions = append(e.Regions, b.Region)
	}
	return role.PayBand{}, e
}

// BandChange is the change of pay band between two roles' grades in one
// region where both grades have a band in one currency and period.
type BandChange struct {
	Region string      `json:"region"` // the region, as the grades write it
	From   salary.Band `json:"from"`   // the band of the role left
	To     salary.Band `json:"to"`     // the band of the role entered
	// MidpointChange is To's midpoint minus From's.
	MidpointChange salary.Money  `json:"midpoint_change"`
	Period         salary.Period `json:"period"` // the period of both bands' figures
}

// bandChanges returns the band changes from role a to role b, one per
// region both grades have a band for, in the order of a's bands.
func (c *Catalog) bandChanges(a, b *role.Role) []BandChange {
	if a.Grade == "" || b.Grade == "" {
		return nil
	}
	ga := &c.p.Grades[c.ids[cGrades][string(a.Grade)]]
	gb := &c.p.Grades[c.ids[cGrades][string(b.Grade)]]
	var out []BandChange
	for _, pa := range ga.Pay {
		pb, ok := gb.Band(pa.Region)
		if !ok || pb.Currency != pa.Currency || pb.Period != pa.Period {
			continue
		}
		from, err1 := pa.Band()
		to, err2 := pb.Band()
		if err1 != nil || err2 != nil {
			continue
		}
		d, err := to.Midpoint().Sub(from.Midpoint())
		if err != nil {
			continue
		}
		out = append(out, BandChange{Region: pa.Region, From: from, To: to, MidpointChange: d, Period: pa.Period})
	}
	return out
}
