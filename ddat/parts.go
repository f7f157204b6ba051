package ddat

import (
	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// parts returns the catalog the framework makes: families, ladders and
// skills in the order the files first name them, and the roles ladder by
// ladder, entry rung first.
func (fw *framework) parts() rolemodel.Parts {
	src := sources
	p := rolemodel.Parts{
		Sources:  []role.Source{Source()},
		Families: make([]role.Family, 0, len(fw.families)),
		Ladders:  make([]role.Ladder, 0, len(fw.ladders)),
		Skills:   make([]skill.Skill, 0, len(fw.skills)),
		Roles:    make([]role.Role, 0, len(fw.levels)),
	}
	for _, f := range fw.families {
		p.Families = append(p.Families, role.Family{ID: f.id, Title: f.name, Sources: src})
	}
	for _, l := range fw.ladders {
		p.Ladders = append(p.Ladders, role.Ladder{ID: l.id, Title: l.name, Family: l.family.id, Description: l.desc, Sources: src})
		for _, lv := range l.levels {
			r := role.Role{
				ID:      lv.id,
				Title:   lv.title,
				Track:   lv.track,
				Family:  l.family.id,
				Ladder:  l.id,
				Rank:    lv.rank,
				Skills:  lv.reqs,
				Sources: src,
			}
			if lv.desc != "" {
				r.Descriptions = []role.Statement{{Text: lv.desc, Sources: src}}
			}
			p.Roles = append(p.Roles, r)
		}
	}
	for _, s := range fw.skills {
		p.Skills = append(p.Skills, skill.Skill{ID: s.id, Name: s.name, Description: s.description(), Sources: src})
	}
	return p
}

// sources is what every entry cites. The entries share the slice: Build
// copies what it keeps.
var sources = []string{SourceID}
