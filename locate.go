package rolemodel

// Locate is a BuildOption for importers of other formats (packages onet
// and esco use it): it tells Build where each value of the parts came from,
// so that a problem Build finds names the file, line and column of the cell
// that holds the value rather than a path in the catalog.
//
// For each problem Build calls locate with the problem's field path, in the
// form roles[3].descriptions[0].text (lists by index, in the order of the
// parts). When locate reports true, the problem takes the File, Line,
// Column and Path (the column or field name in that file) of the Problem it
// returns, and keeps its own Message and Kind; when it reports false, the
// problem keeps the catalog's path, roles[11-1011-00].descriptions[0].text.
// Problems that land on one place with one message are reported once: a
// cell that every role copies (such as O*NET's Job Zone Reference) gives
// one problem, not one per role.
func Locate(locate func(path string) (Problem, bool)) BuildOption {
	return func(c *buildConfig) { c.locate = locate }
}
