package rolemodel

import (
	"errors"
	"fmt"

	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/internal/decode"
	"github.com/rolemodel/rolemodel/internal/problem"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// ErrUnknownRole is what an error for a role ID the catalog does not have
// unwraps to (the same sentinel as career.ErrUnknownRole).
var ErrUnknownRole = career.ErrUnknownRole

// ErrNoRequirements is what a *NoRequirementsError unwraps to.
var ErrNoRequirements = errors.New("no skill requirements recorded")

// NoRequirementsError reports that the catalog records no skill
// requirements for a role, so no gap can be computed. Most roles of the
// default catalog are only named by its sources and are in this state: it
// means "unknown", not "nothing needed".
type NoRequirementsError struct {
	Role role.ID // the role without recorded requirements
}

// Error describes the problem in one line, quoting the offending input.
func (e *NoRequirementsError) Error() string {
	return fmt.Sprintf("rolemodel: role %s: %v", quoteID(string(e.Role)), ErrNoRequirements)
}

// Unwrap returns ErrNoRequirements.
func (e *NoRequirementsError) Unwrap() error { return ErrNoRequirements }

// checkProfile validates p against the catalog's skills and certifications.
func (c *Catalog) checkProfile(p skill.Profile) error {
	if err := p.Validate(); err != nil {
		return err
	}
	for i, h := range p.Skills {
		if _, ok := c.ids[cSkills][string(h.Skill)]; !ok {
			why := "the catalog has no such skill"
			if s := c.closestSkill(h.Skill); s != "" {
				why += fmt.Sprintf(" (did you mean %s?)", quoteID(string(s)))
			}
			return &skill.ProfileError{Index: i, Skill: h.Skill, Why: why}
		}
	}
	for _, id := range p.Certifications {
		if _, ok := c.ids[cCertifications][string(id)]; !ok {
			return &skill.ProfileError{Index: -1, Why: "the catalog has no certification " + problem.Quote(string(id), problem.MaxQuoteID)}
		}
	}
	return nil
}

func (c *Catalog) certLookup(id skill.CertificationID) (skill.Certification, bool) {
	i, ok := c.ids[cCertifications][string(id)]
	if !ok {
		return skill.Certification{}, false
	}
	return c.p.Certifications[i], true
}

// Gap compares a person's profile with the skill requirements of role
// target: what is missing, what is held below the required level, what is
// met, and a readiness (see skill.Gap.Readiness). Certifications in the
// profile count as the skills the catalog says they evidence.
//
// It returns a *career.RoleError (ErrUnknownRole) for an unknown or empty
// target, a *skill.ProfileError for a skill or certification the catalog
// does not have or a level out of range, and a *NoRequirementsError when the
// catalog records no requirements for the role.
func (c *Catalog) Gap(p skill.Profile, target role.ID) (skill.Gap, error) {
	if c == nil {
		return skill.Gap{}, c.unknownRole(target)
	}
	i, ok := c.ids[cRoles][string(target)]
	if !ok {
		return skill.Gap{}, c.unknownRole(target)
	}
	if err := c.checkProfile(p); err != nil {
		return skill.Gap{}, err
	}
	r := &c.p.Roles[i]
	if !r.HasRequirements() {
		return skill.Gap{}, &NoRequirementsError{Role: target}
	}
	return skill.Assess(p, c.reqs[i], c.certLookup), nil
}

// closestSkill returns the catalog skill ID nearest to id, if one is close
// enough to be a typo.
func (c *Catalog) closestSkill(id skill.ID) skill.ID {
	best, bestD := skill.ID(""), max(3, len(id)/4)
	for _, s := range c.p.Skills {
		if d := decode.Distance(string(id), string(s.ID)); d < bestD {
			best, bestD = s.ID, d
		}
	}
	return best
}

// unknownRole is the error for a role ID the catalog does not have; where
// the ID is a role's title or alias, it names that role's ID.
func (c *Catalog) unknownRole(id role.ID) error {
	e := &career.RoleError{ID: id}
	if i, ok := c.lookup(string(id)); ok {
		e.TitleOf = c.p.Roles[i].ID
	}
	return e
}
