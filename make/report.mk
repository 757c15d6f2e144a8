# make/report.mk: the section notebooks -> executed notebooks, figures, summaries, notebook pages
# (reports/html/), the annotated chapter reports/source.html, the claims explorer
# reports/claims.html, the landing page reports/index.html, and the README's screenshot.
# Included from the Makefile (it reuses STAMP, PY, DATA, RAW). One rule per notebook, so a change
# to one notebook or its parameter file re-runs only that notebook; `make -j2 report` runs two at once.
#
#   make report                                 committed outputs: reports/, figures/
#   make report PARAMS=params/variants/x.yaml   a variant into build/variants/x/ (committed outputs untouched)
#   make lab                                    JupyterLab on notebooks/ with the briconnect kernel
#   make screenshot                             docs/report-screenshot.png (not part of make test)

NOTEBOOK_NAMES := $(sort $(basename $(notdir $(wildcard notebooks/[0-9][0-9]-*.ipynb))))
# What each notebook really reads (the tables it loads, the package modules it imports and their
# data files) is derived from the notebooks by src/briconnect/report/deps.py into one generated
# file, so it is declared once and never by hand. Standard library only: no .venv needed.
NOTEBOOK_DEPS := build/notebook-deps.mk
# The page builder: its modules and templates (the landing page adds landing.py, citation.py).
SITE_INPUTS := $(addprefix src/briconnect/report/,site.py executed.py figure_files.py) \
	$(wildcard src/briconnect/report/templates/*.j2 src/briconnect/report/templates/*.css \
		src/briconnect/report/templates/notebook_cells/*)

ifdef PARAMS
REPORT_ROOT := build/variants/$(basename $(notdir $(PARAMS)))
VARIANT_ARG := --variant $(PARAMS)
else
REPORT_ROOT := .
VARIANT_ARG :=
endif
REPORT_NBS := $(NOTEBOOK_NAMES:%=$(REPORT_ROOT)/reports/notebooks/%.ipynb)
REPORT_INDEX := $(REPORT_ROOT)/reports/index.html
REPORT_PAGES := $(NOTEBOOK_NAMES:%=$(REPORT_ROOT)/reports/html/%.html)
REPORT_SUMMARIES := $(NOTEBOOK_NAMES:%=$(REPORT_ROOT)/reports/summaries/%.md)
# The figures the index links to (it shows up to three per section, SVG titles as alt text).
# Listed as they exist when make starts; a notebook run that changes one also changes its page.
REPORT_FIGURES := $(sort $(wildcard $(NOTEBOOK_NAMES:%=$(REPORT_ROOT)/figures/%/*.png) \
	$(NOTEBOOK_NAMES:%=$(REPORT_ROOT)/figures/%/*.svg)))
SCREENSHOT := docs/report-screenshot.png
# The annotated chapter and the claims explorer: from the raw text and the tables only.
REPORT_SOURCE := $(REPORT_ROOT)/reports/source.html
REPORT_CLAIMS := $(REPORT_ROOT)/reports/claims.html
PAGE_BASE := $(addprefix src/briconnect/report/,site.py) \
	$(addprefix src/briconnect/report/templates/,base.html.j2 style.css)

.PHONY: report lab lab-student screenshot student

report: $(REPORT_INDEX) ## Run every section notebook; figures, summaries and reports/index.html (PARAMS=file for a variant)

# One papermill run writes the executed notebook, its figures/NN-*/ and its summary; the executed
# notebook is the target that stands for all three (it is replaced only when the run succeeds).
$(REPORT_ROOT)/reports/notebooks/%.ipynb: notebooks/%.ipynb params/%.yaml $(PARAMS) $(STAMP)
	@$(BRI) report run $* $(VARIANT_ARG)

$(NOTEBOOK_DEPS): $(NOTEBOOK_NAMES:%=notebooks/%.ipynb) $(wildcard src/briconnect/*.py src/briconnect/*/*.py)
	@mkdir -p $(@D)
	@$(PYTHON) src/briconnect/report/deps.py > $@.tmp && mv $@.tmp $@

# Only the targets that run notebooks need it (`make help` stays instant on a fresh clone).
ifneq (,$(filter report screenshot bench reports/% build/variants/%,$(MAKECMDGOALS)))
-include $(NOTEBOOK_DEPS)
endif

# The summary is written by the same run; this empty rule only says so (a summary left unchanged
# by a re-run keeps its older timestamp, and that is not a reason to rebuild anything).
$(REPORT_ROOT)/reports/summaries/%.md: $(REPORT_ROOT)/reports/notebooks/%.ipynb ;

# One notebook page per executed notebook: code hidden, no script, nothing from a CDN.
$(REPORT_ROOT)/reports/html/%.html: $(REPORT_ROOT)/reports/notebooks/%.ipynb $(SITE_INPUTS) $(STAMP)
	@$(BRI) report page $* $(VARIANT_ARG)

# The annotated chapter: the raw text, the four tables it marks, the checks it links to.
$(REPORT_SOURCE): $(RAW) $(SIDECAR) $(addprefix data/processed/,$(addsuffix .csv,sections sentences \
		claims countries projects mechanisms checks)) $(PAGE_BASE) \
		$(addprefix src/briconnect/report/,reader.py analysis.py landing.py citation.py) \
		$(addprefix src/briconnect/report/templates/,source.html.j2 reader.css) $(STAMP)
	@$(BRI) report source $(VARIANT_ARG)

# The claims explorer: claims.csv and DataTables from the itables wheel (pinned in the lock).
$(REPORT_CLAIMS): data/processed/claims.csv $(PAGE_BASE) \
		$(addprefix src/briconnect/report/,explorer.py reader.py analysis.py) \
		$(addprefix src/briconnect/report/templates/,claims.html.j2 claims.css) $(STAMP)
	@$(BRI) report claims $(VARIANT_ARG)

# The landing page reads the executed notebooks (titles, which figures they saved), their
# summaries, figures and pages, the chapter tables and the source's sidecar. Naming the notebooks
# here also keeps make from deleting a variant's notebooks as intermediate files.
$(REPORT_INDEX): $(REPORT_NBS) $(REPORT_PAGES) $(REPORT_SUMMARIES) $(REPORT_FIGURES) $(DATA) \
		$(REPORT_SOURCE) $(REPORT_CLAIMS) \
		$(SIDECAR) $(SITE_INPUTS) $(addprefix src/briconnect/report/,landing.py citation.py summaries.py) \
		$(STAMP)
	@$(BRI) report index $(VARIANT_ARG)

# The README's picture: the first screen at 1280x800 in headless Chromium. Run by hand after a
# visible change and commit the PNG; make test never writes it (tests leave git clean).
screenshot: $(SCREENSHOT) ## Save the report's first screen (1280x800, headless Chromium) for the README

$(SCREENSHOT): $(REPORT_INDEX) $(REPORT_FIGURES) src/briconnect/report/chromium.py $(STAMP)
	@mkdir -p $(@D)
	@$(BRI) report screenshot --out $@

# JupyterLab serves the whole checkout (so the lessons' links to docs/ open) and starts in a
# folder; saving a lesson in notebooks/ drops its outputs (briconnect.report.lab), so running one
# leaves git status clean.
LAB = $(VENV)/bin/jupyter lab --allow-root --ServerApp.root_dir=. \
	--MultiKernelManager.default_kernel_name=briconnect \
	--ContentsManager.pre_save_hook=briconnect.report.lab.strip_on_save

lab: $(STAMP) ## JupyterLab on notebooks/ (the teacher's edition) with the project kernel
	$(LAB) --LabApp.default_url=/lab/tree/notebooks

lab-student: student ## JupyterLab on build/student/ (the students' copies, no answers)
	$(LAB) --LabApp.default_url=/lab/tree/build/student

# Student copies: each lesson without its worked answers, outputs cleared, an empty cell per
# exercise. The source notebooks remain the teacher's edition.
STUDENT_NBS := $(NOTEBOOK_NAMES:%=build/student/%.ipynb)
student: $(STUDENT_NBS) ## Student copies of the notebooks in build/student/ (answers removed)

build/student/%.ipynb: notebooks/%.ipynb src/briconnect/report/student.py $(STAMP)
	@$(BRI) report student $*
