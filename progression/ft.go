package progression

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/decode"
	"github.com/rolemodel/rolemodel/internal/names"
	"github.com/rolemodel/rolemodel/internal/report"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// FTCopyright is the copyright line of the FT engineering progression's MIT
// licence, which a product that ships the data must carry with the licence
// text. ReadFT puts it in the Note of the catalog's source.
const FTCopyright = "Copyright (c) 2019 Financial Times"

// FTURL is where the FT engineering progression is published.
const FTURL = "https://github.com/Financial-Times/engineering-progression"

// The suffixes that put an FT level on a track; levels that differ only by
// them share a rung.
// maxRungs is the most rungs a ladder has (role.Role's Rank).
const maxRungs = 1000

const (
	ftICSuffix = "(Individual Contributor)"
	ftPMSuffix = "(People Manager)"
)

// ftFile is an FT job-family file, as the FT's schema
// (test/schema/job-family.json) describes it, with the isLegacy flag its
// operations.yml carries.
type ftFile struct {
	Name          string         `json:"name"`
	Summary       string         `json:"summary"`
	GoogleSheetID string         `json:"googleSheetId"`
	IsLegacy      bool           `json:"isLegacy"`
	Levels        []ftLevel      `json:"levels"`
	Themes        []ftTheme      `json:"themes"`
	Competencies  []ftCompetency `json:"competencies"`
}

type ftLevel struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type ftTheme struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Summary string `json:"summary"`
}

type ftCompetency struct {
	ID             string   `json:"id"`
	Level          string   `json:"level"`
	Theme          string   `json:"theme"`
	Summary        string   `json:"summary"`
	Proficiency    string   `json:"proficiency"`
	Examples       []string `json:"examples"`
	SupportingURLs []ftURL  `json:"supportingUrls"`
}

type ftURL struct {
	Label string `json:"label"`
	URL   string `json:"url"`
}

// ReadFT reads one job-family file of the Financial Times engineering
// progression (data/job-families/*.yml in its repository, such as
// engineering.yml) and returns it as a catalog: the family, its ladder, one
// role per level, one skill per theme and, on each role, one requirement
// per theme the level has competencies in. The package documentation says
// how each part maps and which IDs it gets.
//
// Options File (the name problems give the input) and MaxFileSize apply.
// On any problem ReadFT returns a *rolemodel.ValidationError listing every
// problem found, each with line, column and field path (such as
// competencies[12].proficiency) and what was expected, and no catalog.
func ReadFT(r io.Reader, opts ...Option) (*rolemodel.Catalog, error) {
	parts, err := readFT(r, newConfig(opts))
	if err != nil {
		return nil, err
	}
	return rolemodel.Build(parts)
}

// readFT reads an FT job-family file into the parts of a catalog.
func readFT(r io.Reader, cfg config) (rolemodel.Parts, error) {
	var ps report.Problems
	if r == nil {
		ps.Add(cfg.file, 0, 0, "", rolemodel.ErrEmpty, "no reader given")
		return rolemodel.Parts{}, ps.Err()
	}
	data, ok := readAll(r, cfg.file, cfg.maxSize, &ps)
	if !ok {
		return rolemodel.Parts{}, ps.Err()
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\ufeff")))) == 0 {
		ps.Add(cfg.file, 1, 1, "", rolemodel.ErrEmpty, "the file is empty: expected an FT job family with name, summary, levels, themes and competencies")
		return rolemodel.Parts{}, ps.Err()
	}
	n, ok := parseYAML(data, cfg.file, false, &ps)
	if !ok {
		return rolemodel.Parts{}, ps.Err()
	}
	var f ftFile
	res := decode.Into(n, cfg.file, &f)
	if !addDecodeErrors(res, &ps) {
		return rolemodel.Parts{}, ps.Err()
	}
	b := ftBuilder{f: &f, loc: locator{file: cfg.file, pos: res, ps: &ps}}
	parts := b.build()
	if err := ps.Err(); err != nil {
		return rolemodel.Parts{}, err
	}
	return parts, nil
}

type ftBuilder struct {
	f   *ftFile
	loc locator

	family string         // the family slug: "engineering"
	src    string         // the source ID
	levels map[string]int // level ID -> index in f.Levels
	themes map[string]int // theme ID -> index in f.Themes
	ranks  []int          // per level: its rung, 1 = entry
	tracks []role.Track   // per level
}

func (b *ftBuilder) build() rolemodel.Parts {
	f, loc := b.f, b.loc
	if loc.name("name", f.Name, "the job family's name") && loc.fits("name", f.Name, maxTitle, "the name") {
		if b.family = slug(f.Name, 40); b.family == "" {
			loc.add("name", rolemodel.ErrInvalidValue, "name %s has no letter or digit to make an ID of", quote(f.Name))
		}
	}
	if loc.required("summary", f.Summary, "a summary of the job family") {
		loc.text("summary", f.Summary)
	}
	loc.fits("summary", f.Summary, maxDesc, "the summary")
	b.readLevels()
	b.readThemes()
	reqs := b.readCompetencies()
	if loc.ps.Count() > 0 {
		return rolemodel.Parts{}
	}
	return b.parts(reqs)
}

// readLevels checks the levels and finds their rungs and tracks.
func (b *ftBuilder) readLevels() {
	f, loc := b.f, b.loc
	if len(f.Levels) == 0 {
		loc.add("levels", rolemodel.ErrEmpty, "no levels: expected a list of levels, each with an id and a name")
		return
	}
	b.levels = make(map[string]int, len(f.Levels))
	b.ranks = make([]int, len(f.Levels))
	b.tracks = make([]role.Track, len(f.Levels))
	ids := map[string]int{}    // role ID part -> level index
	titles := map[string]int{} // folded name -> level index
	rank := 0
	for i, l := range f.Levels {
		p := "levels[" + strconv.Itoa(i) + "]"
		if loc.name(p+".id", l.ID, "the level's ID, which competencies name") {
			if j, dup := b.levels[l.ID]; dup {
				loc.add(p+".id", rolemodel.ErrDuplicate, "level %s is listed twice (first at line %d)", quote(l.ID), loc.at(fmt.Sprintf("levels[%d]", j)).Line)
			} else if s := slug(l.ID, 60); s == "" {
				loc.add(p+".id", rolemodel.ErrInvalidValue, "level ID %s has no letter or digit to make an ID of", quote(l.ID))
			} else if j, dup := ids[s]; dup {
				loc.add(p+".id", rolemodel.ErrDuplicate, "level ID %s makes the same role ID as %s at line %d", quote(l.ID), quote(f.Levels[j].ID), loc.at(fmt.Sprintf("levels[%d]", j)).Line)
			} else {
				b.levels[l.ID], ids[s] = i, i
			}
		}
		if loc.name(p+".name", l.Name, "the level's name, such as \"Senior Engineer 1\"") && loc.fits(p+".name", l.Name, maxTitle, "the name") {
			k := names.Fold(l.Name)
			if j, dup := titles[k]; dup {
				loc.add(p+".name", rolemodel.ErrDuplicate, "level name %s is also the name of level %s at line %d", quote(l.Name), quote(f.Levels[j].ID), loc.at(fmt.Sprintf("levels[%d]", j)).Line)
			}
			titles[k] = i
		}
		// A level joins the rung of the level before it when both are on
		// a track, on different tracks, and share their name without the
		// track's suffix; a rung holds at most one level of each track.
		base, track := ftTrack(l.Name)
		b.tracks[i] = track
		if i > 0 && track != role.UnknownTrack && (i < 2 || b.ranks[i-2] != rank) {
			prevBase, prevTrack := ftTrack(f.Levels[i-1].Name)
			if prevTrack != role.UnknownTrack && prevTrack != track && names.Fold(prevBase) == names.Fold(base) {
				b.ranks[i] = rank
				continue
			}
		}
		rank++
		b.ranks[i] = rank
		if rank > maxRungs {
			loc.add(p, rolemodel.ErrTooLarge, "more than %d rungs: a ladder has at most %d", maxRungs, maxRungs)
			return
		}
	}
}

// ftTrack splits an FT level name into its name without a track suffix and
// the track the suffix names: "Principal Engineer (People Manager)" is
// "Principal Engineer" on the management track. A name without a suffix
// has UnknownTrack.
func ftTrack(name string) (string, role.Track) {
	t := strings.TrimSpace(name)
	for _, s := range []struct {
		suffix string
		track  role.Track
	}{{ftICSuffix, role.ICTrack}, {ftPMSuffix, role.ManagementTrack}} {
		if len(t) >= len(s.suffix) && strings.EqualFold(t[len(t)-len(s.suffix):], s.suffix) {
			return strings.TrimSpace(t[:len(t)-len(s.suffix)]), s.track
		}
	}
	return t, role.UnknownTrack
}

func (b *ftBuilder) readThemes() {
	f, loc := b.f, b.loc
	if len(f.Themes) == 0 {
		loc.add("themes", rolemodel.ErrEmpty, "no themes: expected a list of themes, each with an id and a name")
		return
	}
	b.themes = make(map[string]int, len(f.Themes))
	ids := map[string]int{}
	for i, t := range f.Themes {
		p := "themes[" + strconv.Itoa(i) + "]"
		if loc.name(p+".id", t.ID, "the theme's ID, which competencies name") {
			if j, dup := b.themes[t.ID]; dup {
				loc.add(p+".id", rolemodel.ErrDuplicate, "theme %s is listed twice (first at line %d)", quote(t.ID), loc.at(fmt.Sprintf("themes[%d]", j)).Line)
			} else if s := slug(t.ID, 60); s == "" {
				loc.add(p+".id", rolemodel.ErrInvalidValue, "theme ID %s has no letter or digit to make an ID of", quote(t.ID))
			} else if j, dup := ids[s]; dup {
				loc.add(p+".id", rolemodel.ErrDuplicate, "theme ID %s makes the same skill ID as %s at line %d", quote(t.ID), quote(f.Themes[j].ID), loc.at(fmt.Sprintf("themes[%d]", j)).Line)
			} else {
				b.themes[t.ID], ids[s] = i, i
			}
		}
		if loc.name(p+".name", t.Name, "the theme's name, such as \"Communication\"") {
			loc.fits(p+".name", t.Name, maxTitle, "the name")
		}
		loc.fits(p+".summary", strings.TrimSpace(t.Summary), maxText, "the summary")
		loc.text(p+".summary", t.Summary)
	}
}

// ftCell gathers the competencies of one level and theme, in file order.
type ftCell struct {
	first int // index of the first competency
	comps []int
	best  FTProficiency
	mixed bool // the competencies name different proficiencies
}

// readCompetencies checks the competencies and groups them by level and
// theme: cells[level][theme].
func (b *ftBuilder) readCompetencies() [][]*ftCell {
	f, loc := b.f, b.loc
	cells := make([][]*ftCell, len(f.Levels))
	for i := range cells {
		cells[i] = make([]*ftCell, len(f.Themes))
	}
	// A competency naming a level or theme whose own entry is faulty (listed
	// but not kept) is not reported a second time.
	levels := listIDs(f.Levels, func(l ftLevel) string { return l.ID })
	themes := listIDs(f.Themes, func(t ftTheme) string { return t.ID })
	ids := map[string]int{}
	for i, c := range f.Competencies {
		p := "competencies[" + strconv.Itoa(i) + "]"
		ok := true
		if loc.name(p+".id", c.ID, "the competency's ID") {
			if j, dup := ids[c.ID]; dup {
				loc.add(p+".id", rolemodel.ErrDuplicate, "competency %s is listed twice (first at line %d)", quote(c.ID), loc.at(fmt.Sprintf("competencies[%d]", j)).Line)
				ok = false
			} else {
				ids[c.ID] = i
			}
		} else {
			ok = false
		}
		li, lok := b.levels[c.Level]
		if loc.required(p+".level", c.Level, "the ID of one of the file's levels") {
			if !lok && b.levels != nil && !levels.ids[c.Level] {
				loc.add(p+".level", rolemodel.ErrReference, "level %s is not one of the file's levels: expected one of %s", quote(c.Level), levels.text)
			}
		}
		ti, tok := b.themes[c.Theme]
		if loc.required(p+".theme", c.Theme, "the ID of one of the file's themes") {
			if !tok && b.themes != nil && !themes.ids[c.Theme] {
				loc.add(p+".theme", rolemodel.ErrReference, "theme %s is not one of the file's themes: expected one of %s", quote(c.Theme), themes.text)
			}
		}
		if loc.required(p+".summary", c.Summary, "what the level expects of the theme") {
			loc.fits(p+".summary", strings.TrimSpace(c.Summary), maxText, "the summary")
			ok = loc.text(p+".summary", c.Summary) && ok
		} else {
			ok = false
		}
		for k, e := range c.Examples {
			if ep := fmt.Sprintf("%s.examples[%d]", p, k); loc.required(ep, e, "an example") {
				loc.text(ep, e)
			}
		}
		var prof FTProficiency
		if loc.required(p+".proficiency", c.Proficiency, "one of the words Awareness, Foundational, Working knowledge, Practitioner or Expert") {
			var err error
			if prof, err = ParseFTProficiency(c.Proficiency); err != nil {
				loc.add(p+".proficiency", rolemodel.ErrInvalidValue, "unknown proficiency %s: expected one of %s", quote(c.Proficiency), ftExpected)
				ok = false
			}
		} else {
			ok = false
		}
		if !ok || !lok || !tok {
			continue
		}
		cell := cells[li][ti]
		if cell == nil {
			cell = &ftCell{first: i, best: prof}
			cells[li][ti] = cell
		}
		cell.comps = append(cell.comps, i)
		if prof != cell.best {
			cell.mixed = true
		}
		cell.best = max(cell.best, prof)
	}
	return cells
}

// listed is every ID a list of levels or themes gives, faulty entries
// included, and the quoted list of them an "expected one of" message shows.
type listed struct {
	ids  map[string]bool
	text string
}

func listIDs[T any](items []T, id func(T) string) listed {
	l := listed{ids: make(map[string]bool, len(items))}
	var order []string
	for _, it := range items {
		if k := id(it); !l.ids[k] {
			l.ids[k] = true
			order = append(order, k)
		}
	}
	l.text = quoteList(order)
	return l
}

// text is a requirement's text: the summary of a level's one competency
// for a theme, or a list of its competencies with their examples (and each
// one's proficiency word where they differ).
func (b *ftBuilder) text(c *ftCell) string {
	comps := b.f.Competencies
	if len(c.comps) == 1 && len(comps[c.first].Examples) == 0 {
		return strings.TrimSpace(comps[c.first].Summary)
	}
	var l bullets
	written := map[string]bool{}
	for _, i := range c.comps {
		var item bullets
		s := strings.TrimSpace(comps[i].Summary)
		if c.mixed {
			p, _ := ParseFTProficiency(comps[i].Proficiency)
			s += " (" + p.String() + ")"
		}
		item.item(s)
		for _, e := range comps[i].Examples {
			item.sub(e)
		}
		// operations.yml lists some competencies twice under two IDs;
		// the text says each once.
		if t := item.String(); !written[t] {
			written[t] = true
			l.add(t)
		}
	}
	return l.String()
}

func (b *ftBuilder) parts(cells [][]*ftCell) rolemodel.Parts {
	f, loc := b.f, b.loc
	famID := "ft-" + b.family
	b.src = "ft-engineering-progression-" + b.family
	src := role.Source{
		ID:        b.src,
		Title:     "Financial Times engineering progression: " + strings.TrimSpace(f.Name),
		Publisher: "Financial Times",
		URL:       FTURL,
		License:   "MIT",
		Note:      FTCopyright + ".",
	}
	if f.IsLegacy {
		src.Note += " The file marks this job family as legacy (isLegacy: true)."
	}
	sources := []string{b.src}
	parts := rolemodel.Parts{
		Sources:  []role.Source{src},
		Families: []role.Family{{ID: role.FamilyID(famID), Title: strings.TrimSpace(f.Name), Sources: sources}},
		Ladders: []role.Ladder{{
			ID:          role.LadderID(famID),
			Title:       strings.TrimSpace(f.Name),
			Family:      role.FamilyID(famID),
			Description: strings.TrimSpace(f.Summary),
			Sources:     sources,
		}},
	}
	for _, t := range f.Themes {
		parts.Skills = append(parts.Skills, skill.Skill{
			ID:          b.skillID(t.ID),
			Name:        strings.TrimSpace(t.Name),
			Category:    "FT " + strings.TrimSpace(f.Name) + " theme",
			Description: strings.TrimSpace(t.Summary),
			Sources:     sources,
		})
	}
	if c := parts.Skills; len(c) > 0 && len(c[0].Category) > 100 {
		for i := range c {
			c[i].Category = "FT theme"
		}
	}
	for i, l := range f.Levels {
		title := strings.TrimSpace(l.Name)
		r := role.Role{
			ID:      role.ID(famID + "-" + slug(l.ID, 60)),
			Title:   title,
			Track:   b.tracks[i],
			Level:   levelOf(title),
			Family:  role.FamilyID(famID),
			Ladder:  role.LadderID(famID),
			Rank:    b.ranks[i],
			Sources: sources,
		}
		for ti, t := range f.Themes {
			c := cells[i][ti]
			if c == nil {
				continue
			}
			text := b.text(c)
			if !loc.fits(fmt.Sprintf("competencies[%d]", c.first), text, maxText, fmt.Sprintf("the text of level %s and theme %s", quote(l.ID), quote(t.ID))) {
				continue
			}
			r.Skills = append(r.Skills, skill.Requirement{
				Skill:     b.skillID(t.ID),
				Level:     c.best.Level(),
				Label:     c.best.String(),
				Essential: true,
				Text:      text,
				Sources:   sources,
			})
		}
		parts.Roles = append(parts.Roles, r)
	}
	return parts
}

func (b *ftBuilder) skillID(theme string) skill.ID {
	return skill.ID("ft-" + b.family + "-" + slug(theme, 60))
}
