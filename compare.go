package rolemodel

import (
	"cmp"
	"slices"

	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// LevelChange is a skill both roles require, at different levels.
//
// FromLabel and ToLabel are the two levels in the words of the framework
// each requirement comes from: the requirements' own skill.Requirement.Label
// ("Awareness" → "Foundational" between two rungs of the FT engineering
// progression, where From is awareness and To working), each empty when
// its requirement has none. From and To are what the change is measured
// in; the labels are what a person reads.
type LevelChange struct {
	Skill     skill.ID    `json:"skill"`                // the skill both roles require
	From      skill.Level `json:"from"`                 // the level the From role requires; Unstated if none is given
	To        skill.Level `json:"to"`                   // the level the To role requires; Unstated if none is given
	FromLabel string      `json:"from_label,omitempty"` // From in the From role's requirement's words, or ""
	ToLabel   string      `json:"to_label,omitempty"`   // To in the To role's requirement's words, or ""
}

// RoleDiff is what changes from one role to another: the "diff between two
// levels" a career ladder shows. Lists are ordered by skill ID or, for
// responsibilities, as the second role lists them.
type RoleDiff struct {
	From role.Role `json:"from"` // the role compared from, as the catalog has it
	To   role.Role `json:"to"`   // the role compared to
	// FromRecorded and ToRecorded report whether the catalog records skill
	// requirements for each role. When one does not, the skill lists say
	// nothing about it: a role with no recorded requirements is unknown,
	// not undemanding.
	FromRecorded bool `json:"from_recorded"`
	ToRecorded   bool `json:"to_recorded"` // as FromRecorded, for To

	SkillsAdded   []skill.Requirement `json:"skills_added"`   // required by To, not by From
	SkillsRaised  []LevelChange       `json:"skills_raised"`  // required by both, at a higher level by To
	SkillsLowered []LevelChange       `json:"skills_lowered"` // required by both, at a lower level by To
	SkillsDropped []skill.Requirement `json:"skills_dropped"` // required by From, not by To

	// ResponsibilitiesAdded are To's responsibilities whose text From does
	// not have.
	ResponsibilitiesAdded []role.Responsibility `json:"responsibilities_added"`

	// Level, education, experience and pay of each side, as recorded:
	// the catalog keeps each source's statement, so these are lists, not
	// single figures.
	LevelFrom      role.Level        `json:"level_from"`
	LevelTo        role.Level        `json:"level_to"`        // UnknownLevel when not stated, as LevelFrom
	EducationFrom  []role.Education  `json:"education_from"`  // one entry per source statement
	EducationTo    []role.Education  `json:"education_to"`    // one entry per source statement
	ExperienceFrom []role.Experience `json:"experience_from"` // one entry per source statement
	ExperienceTo   []role.Experience `json:"experience_to"`   // one entry per source statement
	SalariesFrom   []role.Salary     `json:"salaries_from"`   // one entry per salary figure
	SalariesTo     []role.Salary     `json:"salaries_to"`     // one entry per salary figure

	// Where each role sits in the organisation's job architecture: its
	// ladder and rung, and its pay grade with the grade's rank (0 where the
	// catalog places it nowhere). Two rungs of one ladder differ here even
	// when their coarse Level is the same.
	Rung RungChange `json:"rung"`
	// Grade is the pay grade of each side; see Rung.
	Grade GradeChange `json:"grade"`
	// Bands is the change of pay band between the two grades, one entry per
	// region both grades have a band for (in one currency and period), in
	// the order of the From grade's bands.
	Bands []BandChange `json:"bands"`
}

// RungChange is the ladder and rung of each side of a comparison.
type RungChange struct {
	LadderFrom role.LadderID `json:"ladder_from"` // "" when From is on no ladder
	LadderTo   role.LadderID `json:"ladder_to"`   // "" when To is on no ladder
	From       int           `json:"from"`        // From's rung; 0 when on no ladder
	To         int           `json:"to"`          // To's rung; 0 when on no ladder
}

// Steps returns how many rungs To is above From on one ladder (negative
// when below), and false when the two are not on the same ladder.
func (r RungChange) Steps() (int, bool) {
	if r.LadderFrom == "" || r.LadderFrom != r.LadderTo {
		return 0, false
	}
	return r.To - r.From, true
}

// GradeChange is the pay grade of each side of a comparison.
type GradeChange struct {
	From     role.GradeID `json:"from"`      // "" when From has no grade
	To       role.GradeID `json:"to"`        // "" when To has no grade
	RankFrom int          `json:"rank_from"` // the rank of From's grade; 0 when none
	RankTo   int          `json:"rank_to"`   // the rank of To's grade; 0 when none
}

// Compare returns what changes from role a to role b. Unknown IDs are a
// *career.RoleError (ErrUnknownRole).
func (c *Catalog) Compare(a, b role.ID) (RoleDiff, error) {
	ra, ok := c.Role(a)
	if !ok {
		return RoleDiff{}, c.unknownRole(a)
	}
	rb, ok := c.Role(b)
	if !ok {
		return RoleDiff{}, c.unknownRole(b)
	}
	d := RoleDiff{
		From: ra, To: rb,
		FromRecorded: ra.HasRequirements(), ToRecorded: rb.HasRequirements(),
		LevelFrom: ra.Level, LevelTo: rb.Level,
		EducationFrom: ra.Education, EducationTo: rb.Education,
		ExperienceFrom: ra.Experience, ExperienceTo: rb.Experience,
		SalariesFrom: ra.Salaries, SalariesTo: rb.Salaries,
		Rung:  RungChange{LadderFrom: ra.Ladder, LadderTo: rb.Ladder, From: ra.Rank, To: rb.Rank},
		Grade: GradeChange{From: ra.Grade, To: rb.Grade, RankFrom: c.gradeRank(ra.Grade), RankTo: c.gradeRank(rb.Grade)},
		Bands: c.bandChanges(&ra, &rb),
	}
	if d.FromRecorded && d.ToRecorded {
		inA := map[skill.ID]skill.Requirement{}
		for _, r := range ra.Skills {
			inA[r.Skill] = r
		}
		inB := map[skill.ID]bool{}
		for _, r := range rb.Skills {
			inB[r.Skill] = true
			old, ok := inA[r.Skill]
			switch {
			case !ok:
				d.SkillsAdded = append(d.SkillsAdded, r)
			case r.Level > old.Level:
				d.SkillsRaised = append(d.SkillsRaised, LevelChange{Skill: r.Skill, From: old.Level, To: r.Level, FromLabel: old.Label, ToLabel: r.Label})
			case r.Level < old.Level:
				d.SkillsLowered = append(d.SkillsLowered, LevelChange{Skill: r.Skill, From: old.Level, To: r.Level, FromLabel: old.Label, ToLabel: r.Label})
			}
		}
		for _, r := range ra.Skills {
			if !inB[r.Skill] {
				d.SkillsDropped = append(d.SkillsDropped, r)
			}
		}
	} else if d.ToRecorded {
		// Nothing is known of From: every requirement of To is new to it.
		d.SkillsAdded = rb.Skills
	}
	byReq := func(x, y skill.Requirement) int { return cmp.Compare(x.Skill, y.Skill) }
	byChange := func(x, y LevelChange) int { return cmp.Compare(x.Skill, y.Skill) }
	slices.SortFunc(d.SkillsAdded, byReq)
	slices.SortFunc(d.SkillsDropped, byReq)
	slices.SortFunc(d.SkillsRaised, byChange)
	slices.SortFunc(d.SkillsLowered, byChange)

	texts := map[string]bool{}
	for _, r := range ra.Responsibilities {
		texts[normalize(r.Text)] = true
	}
	for _, r := range rb.Responsibilities {
		if !texts[normalize(r.Text)] {
			d.ResponsibilitiesAdded = append(d.ResponsibilitiesAdded, r)
		}
	}
	return d, nil
}

func (c *Catalog) gradeRank(id role.GradeID) int {
	if g, ok := c.Grade(id); ok {
		return g.Rank
	}
	return 0
}
