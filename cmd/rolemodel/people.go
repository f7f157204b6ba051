package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// wordsHelp says how a required level shows, for gap, plan and compare.
const wordsHelp = `A required level that a framework words in its own way is shown in its
words with the catalog's level in brackets: "Foundational (working)" is the
FT engineering progression's second word, the catalog's working (below the
FT's "Working knowledge").
`

const profileHelp = `A profile is a YAML or JSON file of the skills a person holds, by the
catalog's skill IDs, at a level (awareness, working, practitioner, advanced or
expert), and the certifications they hold:

	skills:
	  - {skill: cloud-architecture, level: working}
	certifications: [pmp]

Skills and certifications the catalog does not have are left out, and the
output says which.
`

// profileFlag is the -profile flag of gap, plan and match.
type profileFlag struct{ path string }

func (p *profileFlag) register(fs *flag.FlagSet) {
	fs.StringVar(&p.path, "profile", "", "the person's skills and certifications, a YAML or JSON `file` (required)")
}

// load reads the profile and fits it to the catalog.
func (p *profileFlag) load(c *rolemodel.Catalog) (rolemodel.ProfileFit, error) {
	prof, err := rolemodel.LoadProfileFile(p.path)
	if err != nil {
		return rolemodel.ProfileFit{}, err
	}
	return c.FitProfile(prof), nil
}

// leftOut is the JSON of what FitProfile left out.
type leftOut struct {
	UnknownSkills         []skill.ID              `json:"unknown_skills,omitempty"`
	UnknownCertifications []skill.CertificationID `json:"unknown_certifications,omitempty"`
}

func leftOutOf(fit rolemodel.ProfileFit) leftOut {
	var l leftOut
	for _, h := range fit.UnknownSkills {
		l.UnknownSkills = append(l.UnknownSkills, h.Skill)
	}
	l.UnknownCertifications = fit.UnknownCertifications
	return l
}

// writeLeftOut says what of the profile the catalog does not know.
func writeLeftOut(w io.Writer, l leftOut) {
	if len(l.UnknownSkills)+len(l.UnknownCertifications) > 0 {
		fmt.Fprintln(w)
	}
	if len(l.UnknownSkills) > 0 {
		ids := make([]string, len(l.UnknownSkills))
		for i, id := range l.UnknownSkills {
			ids[i] = string(id)
		}
		fmt.Fprintf(w, "(left out of the profile, not in this catalog: skills %s)\n", names(ids, 10))
	}
	if len(l.UnknownCertifications) > 0 {
		ids := make([]string, len(l.UnknownCertifications))
		for i, id := range l.UnknownCertifications {
			ids[i] = string(id)
		}
		fmt.Fprintf(w, "(left out of the profile, not in this catalog: certifications %s)\n", names(ids, 10))
	}
}

func skillName(c *rolemodel.Catalog, id skill.ID) string {
	if s, ok := c.Skill(id); ok {
		return s.Name
	}
	return string(id)
}

func levelText(l skill.Level) string { return cmp.Or(l.String(), "any level") }

// wordText is a required level as a person reads it: the word of the
// framework the requirement comes from (skill.Requirement.Label), with the
// catalog's level in brackets ("Foundational (working)": the FT's second
// word is the catalog's working, below the FT's "Working knowledge"). A
// word that is the level's name but for case (the FT's "Awareness", the
// UK DDaT framework's "Practitioner") is shown alone, as the framework
// writes it; a requirement without a word of its own shows the level, as
// levelText does.
func wordText(l skill.Level, label string) string {
	switch {
	case label == "":
		return levelText(l)
	case strings.EqualFold(label, l.String()):
		return label
	}
	return label + " (" + levelText(l) + ")"
}

var cmdGap = &command{
	name:  "gap",
	args:  "-profile FILE [-json] [catalog flags] ROLE",
	short: "show what a person lacks for a role",
	json:  true,
	long: `Gap compares a person's profile with the skill requirements of ROLE: what
is missing, what is held below the required level, and what is met, with
a readiness from 0 to 100% (essential skills weigh three times as much as
optional ones; 100% when nothing essential is lacking).

` + wordsHelp + `In -json the level is "required" and the word "label".

` + profileHelp + `
A role for which the catalog records no requirements has no gap to show:
the exit status is then 1.
`,
	opts: func() options { return &gapOpts{} },
}

type gapOpts struct{ profile profileFlag }

func (o *gapOpts) register(fs *flag.FlagSet) { o.profile.register(fs) }

type gapResult struct {
	Role         ref         `json:"role"`
	Readiness    float64     `json:"readiness"`
	Requirements int         `json:"requirements"`
	Missing      []shortJSON `json:"missing"`
	Short        []shortJSON `json:"short"`
	Met          []shortJSON `json:"met"`
	LeftOut      leftOut     `json:"left_out"`
}

type shortJSON struct {
	Skill    skill.ID    `json:"skill"`
	Name     string      `json:"name"`
	Required skill.Level `json:"required,omitzero"`
	// Label is Required in the framework's own words, where it has them.
	Label     string                `json:"label,omitempty"`
	Held      skill.Level           `json:"held,omitzero"`
	Essential bool                  `json:"essential"`
	Via       skill.CertificationID `json:"via,omitempty"`
}

func shortsJSON(c *rolemodel.Catalog, ss []skill.Shortfall) []shortJSON {
	out := make([]shortJSON, 0, len(ss))
	for _, s := range ss {
		out = append(out, shortJSON{Skill: s.Skill, Name: skillName(c, s.Skill), Required: s.Required, Label: s.Label, Held: s.Held, Essential: s.Essential, Via: s.Via})
	}
	return out
}

func (o *gapOpts) run(e *env, c *command, fs *flagSet, args []string) int {
	if len(args) != 1 {
		return usageError(e, c, "expected one ROLE, got %d arguments", len(args))
	}
	if o.profile.path == "" {
		return usageError(e, c, "-profile FILE is required")
	}
	cat, err := fs.catalog(e)
	if err != nil {
		return fail(e, c, err)
	}
	target, err := resolve(cat, args[0])
	if err != nil {
		return fail(e, c, err)
	}
	fit, err := o.profile.load(cat)
	if err != nil {
		return fail(e, c, err)
	}
	g, err := cat.Gap(fit.Profile, target.ID)
	if err != nil {
		return fail(e, c, err)
	}
	res := gapResult{
		Role: refOf(cat, target.ID), Readiness: g.Readiness(), Requirements: g.Requirements(),
		Missing: shortsJSON(cat, g.Missing), Short: shortsJSON(cat, g.Short), Met: shortsJSON(cat, g.Met),
		LeftOut: leftOutOf(fit),
	}
	if fs.json {
		if err := writeJSON(e.stdout, res); err != nil {
			return fail(e, c, err)
		}
		return exitOK
	}
	fmt.Fprintf(e.stdout, "Gap to %s: readiness %.0f%%, %d of %d requirements met\n", target.Title, 100*res.Readiness, len(res.Met), res.Requirements)
	tw := table(e.stdout)
	header := false
	var optional []string
	for _, group := range []struct {
		status string
		ss     []shortJSON
	}{{"missing", res.Missing}, {"below", res.Short}} {
		for _, s := range group.ss {
			if !s.Essential {
				optional = append(optional, s.Name+" ("+group.status+")")
				continue
			}
			if !header {
				fmt.Fprintf(tw, "  essential\tskill\tneeded\theld\n")
				header = true
			}
			held := cmp.Or(s.Held.String(), "-")
			if s.Via != "" {
				held += " (via " + string(s.Via) + ")"
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", group.status, s.Name, wordText(s.Required, s.Label), held)
		}
	}
	tw.Flush()
	if len(optional) > 0 {
		fmt.Fprintf(e.stdout, "  optional, lacking (%d): %s\n", len(optional), names(optional, 12))
	}
	if len(res.Met) > 0 {
		met := make([]string, len(res.Met))
		for i, s := range res.Met {
			met[i] = s.Name
		}
		fmt.Fprintf(e.stdout, "  met (%d): %s\n", len(met), names(met, 12))
	}
	writeLeftOut(e.stdout, res.LeftOut)
	return exitOK
}

var cmdPlan = &command{
	name:  "plan",
	args:  "-profile FILE [-by-gap] [-no-lateral] [-json] [catalog flags] FROM TO",
	short: "plan the moves from one role to another and what to learn for each",
	json:  true,
	long: `Plan finds a path from role FROM to role TO (fewest moves, or with -by-gap
the path of least total skill gap for this person) and says, for each move,
how ready the person is, what to learn, which certifications would help,
and how pay changes (per currency the two roles share, and per region
where both have pay bands). Each move assumes what the earlier moves taught.

` + wordsHelp + `In -json the level is "required" and the word "label".

` + profileHelp,
	opts: func() options { return &planOpts{} },
}

type planOpts struct {
	profile   profileFlag
	byGap     bool
	noLateral bool
}

func (o *planOpts) register(fs *flag.FlagSet) {
	o.profile.register(fs)
	fs.BoolVar(&o.byGap, "by-gap", false, "plan the path of least skill gap for this person instead of fewest moves")
	fs.BoolVar(&o.noLateral, "no-lateral", false, "leave out lateral moves")
}

type planResult struct {
	From    ref            `json:"from"`
	To      ref            `json:"to"`
	Path    []ref          `json:"path"`
	Steps   []planStepJSON `json:"steps"`
	LeftOut leftOut        `json:"left_out"`
}

type planStepJSON struct {
	Role            ref                          `json:"role"`
	Kind            string                       `json:"kind"`
	Recorded        bool                         `json:"requirements_recorded"`
	ReadinessBefore float64                      `json:"readiness_before"`
	Learn           []shortJSON                  `json:"learn"`
	Certifications  []rolemodel.CertificationFit `json:"certifications"`
	Salaries        []salaryChangeJSON           `json:"salaries"`
	SalaryNote      string                       `json:"salary_note,omitempty"`
	Bands           []rolemodel.BandChange       `json:"bands"`
}

type salaryChangeJSON struct {
	Currency     string `json:"currency"`
	Region       string `json:"region,omitempty"`
	FromMedian   string `json:"from_median"`
	ToMedian     string `json:"to_median"`
	MedianChange string `json:"median_change"`
}

func (o *planOpts) run(e *env, c *command, fs *flagSet, args []string) int {
	if len(args) != 2 {
		return usageError(e, c, "expected FROM and TO, got %d arguments", len(args))
	}
	if o.profile.path == "" {
		return usageError(e, c, "-profile FILE is required")
	}
	cat, err := fs.catalog(e)
	if err != nil {
		return fail(e, c, err)
	}
	ends, err := resolveAll(cat, args[0], args[1])
	if err != nil {
		return fail(e, c, err)
	}
	fit, err := o.profile.load(cat)
	if err != nil {
		return fail(e, c, err)
	}
	var opts []career.Option
	if o.noLateral {
		opts = append(opts, career.OnlyKinds(career.Entry, career.Advancement))
	}
	if o.byGap {
		opts = append(opts, cat.ByGap(fit.Profile))
	}
	plan, err := cat.Plan(fit.Profile, ends[0].ID, ends[1].ID, opts...)
	if err != nil {
		return fail(e, c, err)
	}
	res := planResult{From: refOf(cat, ends[0].ID), To: refOf(cat, ends[1].ID), Path: []ref{}, Steps: []planStepJSON{}, LeftOut: leftOutOf(fit)}
	for _, id := range plan.Path.Roles() {
		res.Path = append(res.Path, refOf(cat, id))
	}
	for _, st := range plan.Steps {
		sj := planStepJSON{
			Role: refOf(cat, st.Move.To), Kind: st.Move.Kind.String(), Recorded: st.Recorded, ReadinessBefore: st.ReadinessBefore,
			Learn: shortsJSON(cat, st.Learn), Certifications: st.CertificationFits, SalaryNote: st.SalaryNote,
			Bands: st.Bands, Salaries: []salaryChangeJSON{},
		}
		if sj.Certifications == nil {
			sj.Certifications = []rolemodel.CertificationFit{}
		}
		if sj.Bands == nil {
			sj.Bands = []rolemodel.BandChange{}
		}
		for _, s := range st.Salaries {
			sj.Salaries = append(sj.Salaries, salaryChangeJSON{
				Currency: s.Currency.String(), Region: s.Region, FromMedian: s.From.MedianMidpoint().Short(), ToMedian: s.To.MedianMidpoint().Short(),
				MedianChange: s.MedianChange.Short(),
			})
		}
		res.Steps = append(res.Steps, sj)
	}
	if fs.json {
		if err := writeJSON(e.stdout, res); err != nil {
			return fail(e, c, err)
		}
		return exitOK
	}
	w := e.stdout
	fmt.Fprintf(w, "%s (%s)\n", plan.Path, plural(plan.Path.Moves(), "move", "moves"))
	for i, st := range res.Steps {
		fmt.Fprintf(w, "\n%d. %s %s\n", i+1, st.Kind, st.Role.Title)
		if !st.Recorded {
			fmt.Fprintf(w, "   no skill requirements recorded for %s\n", st.Role.Title)
		} else {
			fmt.Fprintf(w, "   readiness before the move %.0f%%; %s to learn\n", 100*st.ReadinessBefore, plural(len(st.Learn), "skill", "skills"))
			tw := table(w)
			var optional []string
			for _, s := range st.Learn {
				switch {
				case !s.Essential:
					optional = append(optional, s.Name)
				case s.Held != skill.Unstated:
					fmt.Fprintf(tw, "   raise\t%s\tfrom %s to %s\n", s.Name, s.Held, wordText(s.Required, s.Label))
				default:
					fmt.Fprintf(tw, "   learn\t%s\tto %s\n", s.Name, wordText(s.Required, s.Label))
				}
			}
			tw.Flush()
			if len(optional) > 0 {
				fmt.Fprintf(w, "   optional: %s\n", names(optional, 6))
			}
			for _, f := range st.Certifications {
				cert, _ := cat.Certification(f.Certification)
				line := "   certification " + cmp.Or(cert.Name, string(f.Certification))
				if len(f.Closes) > 0 {
					line += ": closes " + skillNames(cat, f.Closes)
				}
				if len(f.Narrows) > 0 {
					line += "; narrows " + skillNames(cat, f.Narrows)
				}
				fmt.Fprintln(w, line)
			}
		}
		for _, s := range st.Salaries {
			where := s.Currency
			if s.Region != "" {
				where += ", " + s.Region
			}
			fmt.Fprintf(w, "   pay (%s, median of the sources' midpoints): %s → %s (%s)\n", where, s.FromMedian, s.ToMedian, signed(s.MedianChange))
		}
		if st.SalaryNote != "" {
			fmt.Fprintf(w, "   pay: %s\n", st.SalaryNote)
		}
		for _, b := range st.Bands {
			fmt.Fprintf(w, "   band midpoint in %s: %s → %s (%s)\n", cmp.Or(b.Region, "all regions"), b.From.Midpoint().Short(), b.To.Midpoint().Short(), signed(b.MidpointChange.Short()))
		}
	}
	writeLeftOut(w, res.LeftOut)
	return exitOK
}

// signed puts a + before a change that is not negative.
func signed(s string) string {
	if strings.HasPrefix(s, "-") {
		return s
	}
	return "+" + s
}

func skillNames(c *rolemodel.Catalog, ids []skill.ID) string {
	ns := make([]string, len(ids))
	for i, id := range ids {
		ns[i] = skillName(c, id)
	}
	return strings.Join(ns, ", ")
}

var cmdMatch = &command{
	name:  "match",
	args:  "-profile FILE [-n N] [-json] [catalog flags]",
	short: "rank the roles a person is most ready for",
	json:  true,
	long: `Match ranks every role of the catalog for a person, most ready first, with
the essential skills each lacks. Roles without recorded requirements are
left out: their readiness is unknown, not high.

` + profileHelp,
	opts: func() options { return &matchOpts{} },
}

type matchOpts struct {
	profile profileFlag
	n       int
}

func (o *matchOpts) register(fs *flag.FlagSet) {
	o.profile.register(fs)
	fs.IntVar(&o.n, "n", 10, "list the `n` best roles")
}

type matchResult struct {
	Matches []matchJSON `json:"matches"`
	LeftOut leftOut     `json:"left_out"`
}

type matchJSON struct {
	ID           role.ID    `json:"id"`
	Title        string     `json:"title"`
	Readiness    float64    `json:"readiness"`
	Requirements int        `json:"requirements"`
	Lacking      []skill.ID `json:"lacking"`
}

func (o *matchOpts) run(e *env, c *command, fs *flagSet, args []string) int {
	if len(args) != 0 {
		return usageError(e, c, "expected no arguments, got %d", len(args))
	}
	if o.profile.path == "" {
		return usageError(e, c, "-profile FILE is required")
	}
	if o.n < 1 {
		return usageError(e, c, "-n %d: expected 1 or more", o.n)
	}
	cat, err := fs.catalog(e)
	if err != nil {
		return fail(e, c, err)
	}
	fit, err := o.profile.load(cat)
	if err != nil {
		return fail(e, c, err)
	}
	ms, err := cat.Match(fit.Profile, o.n)
	if err != nil {
		return fail(e, c, err)
	}
	res := matchResult{Matches: []matchJSON{}, LeftOut: leftOutOf(fit)}
	for _, m := range ms {
		lacking := m.Lacking
		if lacking == nil {
			lacking = []skill.ID{}
		}
		res.Matches = append(res.Matches, matchJSON{ID: m.Role, Title: m.Title, Readiness: m.Readiness, Requirements: m.Requirements, Lacking: lacking})
	}
	if fs.json {
		if err := writeJSON(e.stdout, res); err != nil {
			return fail(e, c, err)
		}
		return exitOK
	}
	if len(res.Matches) == 0 {
		fmt.Fprintln(e.stdout, "No role of the catalog records skill requirements: nothing to rank.")
		writeLeftOut(e.stdout, res.LeftOut)
		return exitOK
	}
	tw := table(e.stdout)
	fmt.Fprintf(tw, "  \treadiness\trole\tlacking (essential)\n")
	for i, m := range res.Matches {
		lack := make([]string, len(m.Lacking))
		for j, id := range m.Lacking {
			lack[j] = skillName(cat, id)
		}
		l := names(lack, 3)
		if l == "" {
			l = "-"
		}
		fmt.Fprintf(tw, "  %d.\t%.0f%%\t%s\t%s\n", i+1, 100*m.Readiness, m.Title, l)
	}
	tw.Flush()
	writeLeftOut(e.stdout, res.LeftOut)
	return exitOK
}
