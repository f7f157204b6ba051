package skill

import (
	"cmp"
	"slices"
)

// CertificationFit says what a certification would do for the skills a
// person must learn (a plan step's shortfalls): which shortfalls it closes (it evidences the skill at
// the required level or above) and which it only narrows (it evidences the
// skill above what the person holds, but below the required level).
type CertificationFit struct {
	Certification CertificationID // the certification
	Closes        []ID            // skills it brings to the required level, by ID
	Narrows       []ID            // skills it raises but not to the required level, by ID
}

// FitCertifications returns the certifications of certs, other than those
// held, that close or narrow a shortfall of learn: those that close the
// most first, then those that narrow the most, then by ID. A
// certification's evidence counts at its stated level, or EvidenceLevel
// when it states none. Catalog.Plan gives each step these.
func FitCertifications(certs []Certification, learn []Shortfall, held []CertificationID) []CertificationFit {
	want := map[ID]Shortfall{}
	for _, s := range learn {
		want[s.Skill] = s
	}
	var out []CertificationFit
	for _, cert := range certs {
		if slices.Contains(held, cert.ID) {
			continue
		}
		fit := CertificationFit{Certification: cert.ID}
		for _, e := range cert.Evidences {
			s, ok := want[e.Skill]
			if !ok {
				continue
			}
			lvl := cmp.Or(e.Level, EvidenceLevel)
			switch {
			case lvl >= max(s.Required, Awareness):
				fit.Closes = append(fit.Closes, e.Skill)
			case lvl > s.Held:
				fit.Narrows = append(fit.Narrows, e.Skill)
			}
		}
		if len(fit.Closes)+len(fit.Narrows) > 0 {
			slices.Sort(fit.Closes)
			slices.Sort(fit.Narrows)
			out = append(out, fit)
		}
	}
	slices.SortStableFunc(out, func(a, b CertificationFit) int {
		return cmp.Or(cmp.Compare(len(b.Closes), len(a.Closes)), cmp.Compare(len(b.Narrows), len(a.Narrows)), cmp.Compare(a.Certification, b.Certification))
	})
	return out
}
