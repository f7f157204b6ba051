package rolemodel

import (
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/rolemodel/rolemodel/internal/decode"
	"github.com/rolemodel/rolemodel/internal/limitio"
	"github.com/rolemodel/rolemodel/skill"
)

// LoadProfile reads a person's profile, JSON or YAML, with the strictness
// and located errors of Load:
//
//	skills:
//	  - {skill: cloud-architecture, level: working}
//	certifications: [itil]
//
// Levels are awareness, working, practitioner, advanced or expert (or 1 to
// 5). An unknown key, a duplicate key, a wrong type, a missing skill ID or
// a missing level is a Problem of a *ValidationError, with line, column and
// a path such as skills[2].level. LoadProfile does not check the IDs
// against a catalog: FitProfile does, and Gap and Plan refuse IDs their
// catalog lacks.
func LoadProfile(r io.Reader) (skill.Profile, error) {
	if r == nil {
		return skill.Profile{}, &ValidationError{Problems: []Problem{{Message: "no input: the reader is nil", Kind: ErrEmpty}}}
	}
	data, err := Loader{}.read(r, "")
	if err != nil {
		return skill.Profile{}, err
	}
	return parseProfile(data, "")
}

// LoadProfileFile reads the profile in the named file, as LoadProfile
// does. Problems name the file. A file that cannot be read (missing, a
// directory, a named pipe, a link to nothing) is a *ValidationError of
// kind ErrUnreadable wrapping the cause, as for LoadFile; a named pipe is
// refused from its mode, without blocking.
func LoadProfileFile(name string) (skill.Profile, error) {
	l := Loader{}
	data, err := limitio.ReadOSFile(name, l.maxFileSize())
	if err != nil {
		return skill.Profile{}, l.ioProblem(err)
	}
	return parseProfile(data, name)
}

func parseProfile(data []byte, name string) (skill.Profile, error) {
	var p skill.Profile
	n, err := decode.Parse(data, name, Loader{}.limits())
	if err != nil {
		var de *decode.Error
		if errors.As(err, &de) {
			return skill.Profile{}, &ValidationError{Problems: []Problem{{File: de.File, Line: de.Line, Column: de.Col, Path: de.Path, Message: de.Msg, Kind: de.Err}}}
		}
		return skill.Profile{}, err
	}
	if n.Kind() != decode.Map {
		at := n.Pos()
		return skill.Profile{}, &ValidationError{Problems: []Problem{{File: name, Line: at.Line, Column: at.Col, Message: "expected a mapping with skills and certifications", Kind: ErrWrongType}}}
	}
	res := decode.Into(n, name, &p)
	var ps []Problem
	for _, de := range res.Errors {
		ps = append(ps, Problem{File: de.File, Line: de.Line, Column: de.Col, Path: de.Path, Message: de.Msg, Kind: de.Err})
	}
	at := func(path, msg string) {
		pos, _ := lookupPos(res, path)
		ps = append(ps, Problem{File: name, Line: pos.Line, Column: pos.Col, Path: path, Message: msg, Kind: ErrInvalidValue})
	}
	for i, h := range p.Skills {
		path := fmt.Sprintf("skills[%d]", i)
		if slices.ContainsFunc(ps, func(x Problem) bool { return x.Path == path+".level" || x.Path == path+".skill" }) {
			continue // reported by decoding
		}
		if h.Skill == "" {
			at(path+".skill", "is required: the ID of a skill")
		}
		if h.Level == skill.Unstated {
			at(path+".level", "is required: awareness, working, practitioner, advanced or expert (or 1 to 5)")
		}
	}
	for i, id := range p.Certifications {
		if id == "" {
			at(fmt.Sprintf("certifications[%d]", i), "is required: the ID of a certification")
		}
	}
	if len(ps) > 0 {
		return skill.Profile{}, &ValidationError{Problems: ps}
	}
	return p, nil
}

// ProfileFit is what FitProfile found: the profile limited to what the
// catalog knows, and what it left out.
type ProfileFit struct {
	// Profile holds the skills and certifications the catalog has, in the
	// order given.
	Profile skill.Profile
	// UnknownSkills are the skills the catalog has no entry for, as held.
	UnknownSkills []skill.Held
	// UnknownCertifications are the certifications the catalog lacks.
	UnknownCertifications []skill.CertificationID
}

// FitProfile splits p into what the catalog knows and what it does not, for
// profiles that come from other systems (an HR suite's skills inventory, a
// CV parser) and name skills no catalog role uses: Gap, Plan, NextSteps
// and Match refuse a profile with unknown IDs, so pass them
// FitProfile(p).Profile and report the rest. Nothing else is checked: an
// entry with a bad level stays in Profile for Gap to refuse.
func (c *Catalog) FitProfile(p skill.Profile) ProfileFit {
	var f ProfileFit
	for _, h := range p.Skills {
		if _, ok := c.skillIndex(h.Skill); ok {
			f.Profile.Skills = append(f.Profile.Skills, h)
		} else {
			f.UnknownSkills = append(f.UnknownSkills, h)
		}
	}
	for _, id := range p.Certifications {
		if _, ok := c.certIndex(id); ok {
			f.Profile.Certifications = append(f.Profile.Certifications, id)
		} else {
			f.UnknownCertifications = append(f.UnknownCertifications, id)
		}
	}
	return f
}

func (c *Catalog) skillIndex(id skill.ID) (int, bool) {
	if c == nil {
		return 0, false
	}
	i, ok := c.ids[cSkills][string(id)]
	return i, ok
}

func (c *Catalog) certIndex(id skill.CertificationID) (int, bool) {
	if c == nil {
		return 0, false
	}
	i, ok := c.ids[cCertifications][string(id)]
	return i, ok
}
