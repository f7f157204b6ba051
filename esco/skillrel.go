package esco

import (
	"io/fs"
	"iter"
	"slices"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/report"
	"github.com/rolemodel/rolemodel/skill"
)

// The files of skill-to-skill relations ReadSkillRelations reads.
const (
	// SkillRelationsFile is the skill-to-skill relations file of ESCO's
	// language-independent download (v1.1.1).
	SkillRelationsFile = "skillSkillRelations.csv"
	// SkillRelationsFileEN is the same file under the name of downloads that
	// add labels to it (v1.1.0, v1.2).
	SkillRelationsFileEN = "skillSkillRelations_en.csv"
)

// SkillRelation is one of ESCO's relations between two skill concepts: the
// related skill is essential, or optional, to the original one, as a
// skill is to an occupation ("plan marketing strategy" needs the knowledge
// "marketing principles"; "perform toxicological studies" may use
// "toxicology").
type SkillRelation struct {
	// Skill is the original skill, by its ID (SkillID of its URI).
	Skill skill.ID
	// Related is the related skill, by its ID.
	Related skill.ID
	// Essential is true for an essential relation, false for an optional
	// one.
	Essential bool
}

// SkillRelations are ESCO's relations between skill concepts, which a
// catalog has no place for. A skill's relations come in file order.
//
// A SkillRelations is read-only and safe for concurrent use; the zero
// value holds no relation. It takes about 60 bytes per relation (ESCO
// v1.1.1 has 5,899).
type SkillRelations struct {
	all  []SkillRelation
	from map[skill.ID][]int32 // indexes into all, by original skill
	to   map[skill.ID][]int32 // indexes into all, by related skill
}

// ReadSkillRelations reads SkillRelationsFile, or SkillRelationsFileEN
// when the download has no SkillRelationsFile, from fsys. Columns are found
// by header name: originalSkillUri, relationType (essential or optional)
// and relatedSkillUri are required, and the others (the skill types, the
// labels of the _en file) are ignored. Skills are named by SkillID of their
// URI, so that a relation's skills are found with the Skill method of a
// catalog Load made from the same download; the skills file is not read,
// so a relation to a skill the download lacks is not noticed here.
//
// A relation of a skill to itself (ESCO v1.1.1 has one) is left out with
// a warning (see CollectWarnings), or is a problem under Strict. A
// download without either file gives an empty SkillRelations. Other
// problems (a missing column, a relation type that is neither essential
// nor optional, a URI that makes no ID, the same pair twice) are reported
// in one *rolemodel.ValidationError as by Load. Of the options, MaxFileSize,
// CollectWarnings and Strict apply.
func ReadSkillRelations(fsys fs.FS, opts ...Option) (*SkillRelations, error) {
	if fsys == nil {
		return nil, errNoFS()
	}
	cfg := newConfig(opts)
	p := &report.Problems{}
	fl := flaws{strict: cfg.strict}
	r := &SkillRelations{from: map[skill.ID][]int32{}, to: map[skill.ID][]int32{}}
	name := SkillRelationsFile
	if _, err := fs.Stat(fsys, name); err != nil {
		name = SkillRelationsFileEN
	}
	if t := openTable(fsys, name, false, cfg.maxFileSize, []string{"originalSkillUri", "relationType", "relatedSkillUri"}, p); t != nil {
		seen := map[[2]skill.ID]int{}
		for t.Next() {
			var ids [2]skill.ID
			ok := true
			for i, col := range []string{"originalSkillUri", "relatedSkillUri"} {
				uri := t.Get(col)
				ids[i] = SkillID(uri)
				if !checkURIAt(t, col, uri, string(ids[i])) {
					ok = false
				}
			}
			var essential bool
			switch typ := t.Get("relationType"); {
			case strings.EqualFold(typ, "essential"):
				essential = true
			case strings.EqualFold(typ, "optional"):
			default:
				t.Problem("relationType", rolemodel.ErrInvalidValue, "%q is not a relation type: expected essential or optional", typ)
				ok = false
			}
			if !ok {
				continue
			}
			if ids[0] == ids[1] {
				fl.flaw(t, "relatedSkillUri", rolemodel.ErrReference, "skill %s is related to itself: the relation is left out", t.Get("originalSkillUri"))
				continue
			}
			if first, dup := seen[ids]; dup {
				t.Problem("", rolemodel.ErrDuplicate, "skills %s and %s are already related on line %d", t.Get("originalSkillUri"), t.Get("relatedSkillUri"), first)
				continue
			}
			seen[ids] = t.Line()
			k := int32(len(r.all))
			r.all = append(r.all, SkillRelation{Skill: ids[0], Related: ids[1], Essential: essential})
			r.from[ids[0]] = append(r.from[ids[0]], k)
			r.to[ids[1]] = append(r.to[ids[1]], k)
		}
	}
	if err := p.Err(); err != nil {
		if cfg.warnings != nil {
			*cfg.warnings = Warnings{}
		}
		return nil, err
	}
	fl.report(cfg.warnings)
	return r, nil
}

// checkURIAt reports whether uri, in the column col, is an absolute http(s)
// URI whose ID is a valid slug, as checkURI does for conceptUri.
func checkURIAt(t tableProblems, col, uri, id string) bool {
	msg, ok := uriProblem(uri, id)
	if !ok {
		t.Problem(col, rolemodel.ErrInvalidValue, "%s", msg)
	}
	return ok
}

// tableProblems is the part of a table that reports problems.
type tableProblems interface {
	Problem(col string, kind error, format string, args ...any)
}

// Len returns the number of relations.
func (r *SkillRelations) Len() int {
	if r == nil {
		return 0
	}
	return len(r.all)
}

// All yields every relation, in file order.
func (r *SkillRelations) All() iter.Seq[SkillRelation] {
	return func(yield func(SkillRelation) bool) {
		if r == nil {
			return
		}
		for _, x := range r.all {
			if !yield(x) {
				return
			}
		}
	}
}

// Of returns the relations of the skill id to the skills it needs or may
// use (id is their Skill), essential ones first, then in file order. The
// result is a fresh slice, empty for a skill without such relations.
func (r *SkillRelations) Of(id skill.ID) []SkillRelation {
	if r == nil {
		return nil
	}
	return r.pick(r.from[id])
}

// To returns the relations in which other skills need or may use the skill
// id (id is their Related), essential ones first, then in file order. The
// result is a fresh slice.
func (r *SkillRelations) To(id skill.ID) []SkillRelation {
	if r == nil {
		return nil
	}
	return r.pick(r.to[id])
}

func (r *SkillRelations) pick(ks []int32) []SkillRelation {
	if len(ks) == 0 {
		return nil
	}
	out := make([]SkillRelation, len(ks))
	for i, k := range ks {
		out[i] = r.all[k]
	}
	slices.SortStableFunc(out, func(a, b SkillRelation) int {
		switch {
		case a.Essential == b.Essential:
			return 0
		case a.Essential:
			return -1
		}
		return 1
	})
	return out
}
