"""A project's status read from one sentence. Each group is a kind of wording; every sentence
was written for the test (none is taken from a text of the genre set), most after a blind round
of the genre set exposed the wording (tests/genre/untuned/README.md)."""

from __future__ import annotations

import pytest

from briconnect.extract import extract_all

CASES: dict[str, list[tuple[str, str]]] = {
    "status words in present past and perfect": [
        ("The Tana Coastal Expressway is in preparation, while trade grew.", "in preparation"),
        ("The Tana Coastal Expressway remains at the design stage.", "in preparation"),
        ("The Tana Coastal Expressway is being planned.", "in preparation"),
        ("The Tana Coastal Expressway is at the study stage.", "feasibility study"),
        ("The Tana Coastal Expressway is being built by a joint venture.", "under construction"),
        ("The Tana Coastal Expressway was handed over in May.", "completed"),
        ("The Tana Coastal Expressway has been handed over to the city.", "completed"),
        ("The Tana Coastal Expressway completes its last section.", "completed"),
        ("The Tana Coastal Expressway opens to traffic next to the port.", "open to traffic"),
        ("The Tana Coastal Railway was inaugurated in March.", "operational"),
        ("The Tana Coastal Expressway has been commissioned.", "operational"),
        ("The Tana Coastal Expressway enters service this week.", "operational"),
        ("The Tana Coastal Expressway went into operation in 2021.", "operational"),
        ("The Tana Coastal Expressway was put into service in 2021.", "operational"),
        ("The Tana Coastal Expressway has been running since 2019.", "operational"),
        (
            "The Tana Hydropower Station, a 90 MW plant on the Tana River, has been in"
            " commercial operation since 2020.",
            "operational",
        ),
    ],
    "status is the stage a verb phrase describes": [
        # construction verbs in the progressive, passive progressive, piecemeal perfect
        (
            "Workers are pouring concrete for the piers of the Oru River Bridge.",
            "under construction",
        ),
        (
            "Engineers are still erecting pylons along the Kivu Transmission Line.",
            "under construction",
        ),
        ("The Lindi Container Terminal is being upgraded by a local firm.", "under construction"),
        ("Two drilling rigs have dug 3 km of the Saba Tunnel so far.", "under construction"),
        ("A contractor started widening the Kapiri Ring Road in May.", "under construction"),
        # a construction noun with a phase verb; a preparatory noun with one
        ("Construction of the Moro Solar Park is now under way.", "under construction"),
        ("Track-laying began on the Tabora Rail Link in June.", "under construction"),
        ("Survey and design work has begun on the Kasama Ring Road.", "in preparation"),
        ("Land acquisition is under way for the Moro Solar Park.", "in preparation"),
        # operating verbs: perfect or progressive with since, progressive, after "began"
        ("The Oru Wind Farm has been supplying power to 40,000 homes since 2019.", "operational"),
        ("The Lindi Container Terminal has handled ships since 2015.", "operational"),
        ("The Tabora Rail Link is carrying 30 freight trains a week.", "operational"),
        ("The Lindi Container Terminal began operations in April.", "operational"),
        ("The Lindi Container Terminal now handles 200 ships a month.", "operational"),
        ("The Tabora Rail Link has been in passenger service since 2022.", "operational"),
        # a stated stage beats the inferred present tense
        ("The Kasama Ring Road is open to cars and now carries 9,000 a day.", "open to traffic"),
        # a road, bridge or tunnel inaugurated or opened
        ("The Oru River Bridge was inaugurated by the president.", "open to traffic"),
        ("The Kasama Ring Road opened in 2021.", "open to traffic"),
        ("The Kasama Ring Road has been open to vehicles since 2021.", "open to traffic"),
        # signing, finishing, studying, developing, progressing
        ("The city inked a 20-year deal last week for the Moro Solar Park.", "agreement signed"),
        (
            "Both ministers put their signatures to a contract for the Saba Tunnel.",
            "agreement signed",
        ),
        ("The Lindi Container Terminal was finished ahead of schedule.", "completed"),
        ("The Saba Tunnel remains under study.", "feasibility study"),
        ("The Ruvu Dam is still under feasibility review.", "feasibility study"),
        ("The Saba Tunnel was under technical assessment in May.", "feasibility study"),
        ("The Kilwa Bridge remains under economic appraisal.", "feasibility study"),
        (
            "The Kivu Industrial Park is still being developed by a joint venture.",
            "under development",
        ),
        ("The Tabora Rail Link is making good headway.", "making progress"),
        ("Work on the Tabora Rail Link is progressing steadily.", "making progress"),
    ],
    "signings progress surveys and plural operation": [
        # a signing whose object is the project, the agreement noun first and "inked" passive
        ("A loan deal for the Moro Solar Park was inked in Dodoma.", "agreement signed"),
        ("An accord on the Saba Tunnel was sealed by both cabinets.", "agreement signed"),
        # stringing / erection with "is moving forward": making progress
        ("Stringing of cables on the Kivu Transmission Line is moving forward.", "making progress"),
        ("Erection of towers for the Ruvu Transmission Line is moving ahead.", "making progress"),
        ("Stringing of cables on the Kivu Transmission Line began in May.", "under construction"),
        # a plural preparatory noun with a phase verb
        ("Soil surveys have begun for the Kasama Ring Road.", "in preparation"),
        # the bare present after "now" with a plural subject
        ("Trains on the Tabora Rail Link now run every ten minutes.", "operational"),
        ("Buses on the Kapiri Ring Road now run every ten minutes.", "open to traffic"),
        ("Ferries at the Lindi Container Terminal currently operate at night.", "operational"),
        # a road opened to motorists
        ("The Kapiri Ring Road opened to motorists last week.", "open to traffic"),
    ],
    "assessments hosting parks and roads in use": [
        # any kind of review or assessment, "still" or "now"
        ("The Saba Tunnel is still under assessment by the ministry.", "feasibility study"),
        ("The Kilwa Bridge is now under environmental review.", "feasibility study"),
        # a park or zone in use since a date
        ("The Kivu Industrial Park has been hosting 40 firms since 2018.", "operational"),
        ("The Moshi Free Zone has employed 2,000 people since it began.", "operational"),
        # a road in use is open to traffic: a participle after the name, a present tense
        (
            "The Oru River Bridge, inaugurated in 2021, now carries 9,000 cars a day.",
            "open to traffic",
        ),
        ("The Kapiri Ring Road now carries 20,000 vehicles a day.", "open to traffic"),
        ("The Lindi Container Terminal, opened in 2019, handles 300 ships a year.", "operational"),
    ],
    "futures negations trials and nominal stages": [
        # a future, a plan or a negation states no stage reached, being due to open or to be
        # completed included (the annotation brief's rule, revised 2026-12-01)
        ("The Oru River Bridge is due to open to traffic in 2027.", "not stated"),
        ("The Lindi Container Terminal is expected to be completed next year.", "not stated"),
        ("The Oru River Bridge will not open to traffic before 2030.", "not stated"),
        ("The Saba Tunnel would be completed in five years.", "not stated"),
        (
            "The Moro Solar Park has yet to be connected to the grid, as crews are still"
            " mounting its panels.",
            "under construction",
        ),
        ("The Saba Tunnel has yet to open: its fans are still being fitted.", "under construction"),
        # built, on trial or handed over: completed
        ("Trial runs began on the Tabora Rail Link in May.", "completed"),
        ("The Kasama Airport began trial flights in June.", "completed"),
        ("Construction of the Saba Tunnel has wrapped up.", "completed"),
        ("The minister welcomed the handover of the Ruvu Dam.", "completed"),
        # switched on
        ("The Kivu Transmission Line was energised in March.", "operational"),
        ("The Moro Industrial Park has been turning out cement since 2020.", "operational"),
        # studied, developed, progressing, built
        ("The Kilwa Bridge is being appraised for feasibility.", "feasibility study"),
        ("The Oru Wind Farm is undergoing an environmental appraisal.", "feasibility study"),
        ("A feasibility assessment is under way for the Saba Tunnel.", "feasibility study"),
        ("The Moshi Free Zone continues to be developed in phases.", "under development"),
        ("Steady progress has been reported at the Ruvu Dam.", "making progress"),
        ("Earthworks are under way on the Tabora Rail Link.", "under construction"),
        ("Paving is in progress on the Oru River Bridge.", "under construction"),
        # a road opened in part
        ("The Kapiri Ring Road opened its first 20 km section to motorists.", "open to traffic"),
    ],
    "first services drawing boards and foreseen openings": [
        (
            "An environmental impact assessment of the Ruvu Dam is being carried out.",
            "feasibility study",
        ),
        ("Work on the Oru River Bridge wound up in June.", "completed"),
        ("The Kasama Airport has been receiving flights since June.", "operational"),
        ("The Lindi Container Terminal took its first vessel in May.", "operational"),
        ("The Kapiri Ring Road carried its first vehicles in May.", "open to traffic"),
        ("The Mtwara Port has since handled 9,000 ships.", "operational"),
        (
            "Surveyors have been mapping the route of the Tabora Rail Link since April.",
            "in preparation",
        ),
        ("The Saba Tunnel is still on the drawing board.", "in preparation"),
        (
            "Officials put pen to paper in May on a contract for the Saba Tunnel.",
            "agreement signed",
        ),
        ("The Kapiri Ring Road is due to open next spring.", "not stated"),
        ("The Ruvu Dam is expected to be completed in 2027.", "not stated"),
    ],
    "use since part built and agreements concluded": [
        # any verb in the perfect progressive with "since": in use; work toward it is not
        ("The Oru Wind Farm has been exporting power to the grid since March.", "operational"),
        ("Lawyers have been negotiating the Saba Tunnel since 2019.", "not stated"),
        ("The Kapiri Ring Road has been taking lorries since May.", "open to traffic"),
        # part built, and work nearly over
        ("The Saba Tunnel is roughly 60 percent built.", "under construction"),
        ("The Ruvu Dam is nearly complete.", "under construction"),
        ("Excavation of the Saba Tunnel is more than half done.", "under construction"),
        ("Land acquisition for the Tabora Rail Link is almost finished.", "in preparation"),
        # studies, developing, putting into service, an agreement concluded, first traffic
        ("The Kilwa Bridge remains under technical and financial appraisal.", "feasibility study"),
        ("The appraisal of the Kilwa Bridge is expected to conclude in June.", "feasibility study"),
        ("Two states are jointly developing the Ruvu Dam.", "under development"),
        ("The Moro Industrial Park put its first kiln into service in May.", "operational"),
        (
            "A loan agreement for the Moro Solar Park, which covers 90 hectares, was concluded"
            " in May.",
            "agreement signed",
        ),
        ("The Kapiri Ring Road began carrying traffic in July.", "open to traffic"),
    ],
    "shares built headway piling design and test trains": [
        ("Roughly 70 percent of the Saba Tunnel has been built.", "under construction"),
        ("Steady headway is being made on the Ruvu Dam.", "making progress"),
        ("Crews are lifting steel girders onto the Oru River Bridge.", "under construction"),
        ("The Kilwa Bridge is still at the piling stage.", "under construction"),
        ("Engineers are finalising the detailed design of the Kapiri Ring Road.", "in preparation"),
        (
            "Test trains have been running on the Tabora Rail Link since May, ahead of service.",
            "completed",
        ),
        (
            "A loan agreement worth US$90 million for the Lindi Container Terminal was concluded.",
            "agreement signed",
        ),
    ],
    "trial operation site work rising pylons and production": [
        ("Trial operation of the Tabora Rail Link got under way in May.", "completed"),
        ("Land is being acquired for the Moro Solar Park.", "in preparation"),
        ("Geologists started drilling boreholes at the site of the Ruvu Dam.", "in preparation"),
        ("Pylons are rising for the Oru River Bridge.", "under construction"),
        (
            "The Kapiri Ring Road has yet to open: its last 9 km are still being surfaced.",
            "under construction",
        ),
        (
            "The Moro Industrial Park, which went into production in July, employs 900.",
            "operational",
        ),
        ("The Oru Wind Farm remains in development.", "under development"),
        ("The Moshi Free Zone has entered its second development phase.", "under development"),
        ("A purchase agreement for the Oru Wind Farm had been concluded.", "agreement signed"),
    ],
    "development in stages master plans and deliveries": [
        ("Development of the Oru Wind Farm is proceeding in stages.", "under development"),
        ("Work on the Kapiri Ring Road has yet to move past land acquisition.", "in preparation"),
        ("A master plan for the Moshi Free Zone is still being drawn up.", "in preparation"),
        ("The president inaugurated the Oru River Bridge in May.", "open to traffic"),
        ("The ministry took delivery of the Ruvu Power Station in May.", "completed"),
        (
            "The Ruvu Dam is due to start impounding water once concreting of its spillway ends.",
            "under construction",
        ),
    ],
    "fit out drawings appraisals marking out and agreements concluded": [
        (
            "The Kasama Airport is due to open, with fit-out of its halls still going on.",
            "under construction",
        ),
        (
            "The Kapiri Ring Road has yet to break ground, as land acquisition along its route is"
            " still going on.",
            "in preparation",
        ),
        ("Development of the Moshi Free Zone is being led by a consortium.", "under development"),
        (
            "Detailed engineering drawings are still being finalised for the Lindi Container"
            " Terminal.",
            "in preparation",
        ),
        (
            "Environmental and technical appraisals of the Ruvu Dam are being carried out.",
            "feasibility study",
        ),
        (
            "They urged an early end to the environmental review of the Kilwa Bridge.",
            "feasibility study",
        ),
        (
            "The Oru Wind Farm has yet to feed power into the grid, with panel installation almost"
            " 70 percent done.",
            "under construction",
        ),
        ("Surveyors are marking out land for the Kapiri Ring Road.", "in preparation"),
        (
            "We welcome the loan agreement concluded in May for the Kivu Transmission Line.",
            "agreement signed",
        ),
    ],
    # Common phrasings of the genre's reports, written for this test (not taken from any text of the
    # genre set), one per stage and wording: each must give its stage.
    "common phrasings of each stage": [
        ("The Oru Wind Farm is up and running.", "operational"),
        ("The Oru Wind Farm has been up and running since 2020.", "operational"),
        ("The Lindi Container Terminal began commercial operations in May.", "operational"),
        ("The Oru Wind Farm came online in March.", "operational"),
        ("The Ruvu Power Station came on stream last year.", "operational"),
        ("The Oru Wind Farm was synchronised with the national grid in June.", "operational"),
        ("The Moshi Free Zone is open for business.", "operational"),
        ("The Lindi Container Terminal has been in use since 2019.", "operational"),
        ("The Ruvu Power Station achieved commercial operation in May.", "operational"),
        ("The Oru River Bridge is complete.", "completed"),
        ("The Saba Tunnel reached completion in May.", "completed"),
        ("The Ruvu Dam passed its final acceptance inspection in May.", "completed"),
        ("Ground was broken on the Tabora Rail Link in May.", "under construction"),
        ("A groundbreaking ceremony was held for the Kilwa Bridge.", "under construction"),
        ("The foundation stone of the Kasama Airport was laid in May.", "under construction"),
        ("A deal for the Moro Solar Park was struck in May.", "agreement signed"),
        ("The contract for the Saba Tunnel was awarded to a Chinese firm.", "agreement signed"),
        ("The Kivu Transmission Line reached financial close in May.", "agreement signed"),
        ("The Kilwa Bridge is under consideration.", "feasibility study"),
        ("The Kilwa Bridge is being considered by the cabinet.", "feasibility study"),
        ("Tendering for the Kapiri Ring Road is under way.", "in preparation"),
        ("Bids for the Kapiri Ring Road were invited in May.", "in preparation"),
        ("A tender for the Lindi Container Terminal was launched in May.", "in preparation"),
        ("The Tabora Rail Link is on track for completion in 2027.", "making progress"),
        ("Work on the Tabora Rail Link is on schedule.", "making progress"),
        ("The Kapiri Ring Road is now open.", "open to traffic"),
        ("The Oru River Bridge was thrown open to traffic.", "open to traffic"),
        ("The Lindi Container Terminal was handed over to the port authority.", "completed"),
        ("The Moro Solar Park is generating power.", "operational"),
        ("The Tabora Rail Link has carried 2 million passengers since it opened.", "operational"),
        ("The Ruvu Dam is being built by a Chinese firm.", "under construction"),
        ("Construction of the Ruvu Dam is 40 percent complete.", "under construction"),
        ("The Kasama Airport is expected to be operational by 2027.", "not stated"),
        ("The Saba Tunnel will be built in three phases.", "not stated"),
        ("The Saba Tunnel is part of a national plan.", "not stated"),
    ],
    # A second battery, written for this test like the first: negations, parts finished, resumed work,
    # services begun, money found, and the stages named by nouns.
    "more phrasings of each stage": [
        ("The Oru Wind Farm has not yet been connected to the grid.", "not stated"),
        ("The Oru River Bridge has not opened to traffic.", "not stated"),
        ("The Saba Tunnel is nearing completion.", "under construction"),
        ("The Saba Tunnel is close to completion.", "under construction"),
        ("The Kilwa Bridge is in the final stage of construction.", "under construction"),
        ("The Kilwa Bridge is in its final phase of construction.", "under construction"),
        ("Main works on the Ruvu Dam have begun.", "under construction"),
        ("Civil works on the Ruvu Dam resumed in May.", "under construction"),
        ("Work on the Ruvu Dam resumed after a pause.", "under construction"),
        ("The Ruvu Dam's construction is progressing.", "making progress"),
        ("The Oru Wind Farm has been feeding the grid for three years.", "operational"),
        ("The Oru Wind Farm has supplied power to the grid since 2019.", "operational"),
        ("Trains have run on the Tabora Rail Link since 2021.", "operational"),
        ("The Tabora Rail Link opened in 2021 and now carries freight.", "operational"),
        ("The Tabora Rail Link was put into operation in 2021.", "operational"),
        ("The Tabora Rail Link has been operational since 2021.", "operational"),
        ("Passenger services on the Tabora Rail Link began in 2021.", "operational"),
        ("Freight trains started running on the Tabora Rail Link in May.", "operational"),
        ("The first phase of the Moshi Free Zone is operational.", "operational"),
        ("The Kasama Airport was officially opened by the president.", "operational"),
        ("The Kapiri Ring Road was officially opened by the president.", "open to traffic"),
        ("The Lindi Container Terminal was commissioned in May.", "operational"),
        ("The Ruvu Dam was finished ahead of schedule.", "completed"),
        ("Construction of the Ruvu Dam was completed in May.", "completed"),
        ("The main structure of the Oru River Bridge was completed in May.", "under construction"),
        (
            "The two governments signed a framework agreement on the Saba Tunnel.",
            "agreement signed",
        ),
        ("A memorandum of understanding on the Saba Tunnel was signed.", "agreement signed"),
        ("An EPC contract for the Moro Solar Park was signed in May.", "agreement signed"),
        ("Financing for the Moro Solar Park was secured in May.", "agreement signed"),
        ("The feasibility study for the Saba Tunnel has been completed.", "feasibility study"),
        ("A pre-feasibility study of the Saba Tunnel is under way.", "feasibility study"),
        ("The Saba Tunnel is at the feasibility stage.", "feasibility study"),
        ("The Saba Tunnel is still at the planning stage.", "in preparation"),
        ("The Saba Tunnel is in the design phase.", "in preparation"),
        ("Preparatory work on the Saba Tunnel has started.", "in preparation"),
        ("The Moshi Free Zone is being expanded.", "under construction"),
        ("The Moshi Free Zone is being upgraded.", "under construction"),
        ("Progress on the Tabora Rail Link has been steady.", "making progress"),
        ("Work on the Tabora Rail Link is advancing.", "making progress"),
    ],
    "bypasses long subjects trials passed and plans": [
        ("The Kapiri North Bypass was inaugurated in August.", "open to traffic"),
        (
            "Preliminary design of the Lindi Bulk Terminal in Tanzania's Lindi region, which"
            " would handle 3-5 million tonnes of ore a year, is under way.",
            "in preparation",
        ),
        (
            "The Lindi Container Terminal has been working vessels round the clock since April.",
            "operational",
        ),
        ("Firms have been working on the Saba Tunnel since 2019.", "not stated"),
        ("The Ruvu Power Station passed its trial runs in October.", "completed"),
        (
            "The Oru Wind Farm came through a 72-hour trial run in May; its turbines are to begin"
            " commercial service in June.",
            "completed",
        ),
        ("The Oru Wind Farm is cooperating with the grid operator.", "not stated"),
    ],
    "finished trials grid hook ups licensing and openings": [
        (
            "The Tabora Rail Link finished its trial runs in May but has yet to carry passengers.",
            "completed",
        ),
        ("The Moro Solar Park was hooked up to the national grid in June.", "operational"),
        (
            "Consultants are assessing the technical and economic viability of the Kivu"
            " Transmission Line.",
            "feasibility study",
        ),
        (
            "Some 2 km of quay wall at the Lindi Container Terminal has already been piled.",
            "under construction",
        ),
        (
            "Environmental licensing for the Kivu Transmission Line is still in progress.",
            "in preparation",
        ),
        (
            "The ministers welcomed the opening of the Kapiri Ring Road to vehicles in July.",
            "open to traffic",
        ),
        ("The Ruvu Dam remains under joint technical appraisal.", "feasibility study"),
        ("The Kilwa Bridge began taking traffic in June.", "open to traffic"),
    ],
    # A fourth battery, written for this test: idioms of each stage (went live, switched on, in full
    # swing, broke through, agreed to build, memoranda exchanged, impoundment began).
    "idioms of each stage": [
        ("The Moro Solar Park is fully functional.", "operational"),
        ("The Lindi Container Terminal went live in May.", "operational"),
        ("The Moshi Free Zone opened its doors to investors in May.", "operational"),
        ("The Moro Solar Park was switched on in May.", "operational"),
        ("The Moro Solar Park started generating electricity in May.", "operational"),
        ("Construction of the Ruvu Dam ended in May.", "completed"),
        ("The Tabora Rail Link is ready for operation.", "completed"),
        ("Works on the Saba Tunnel are in full swing.", "under construction"),
        ("The Saba Tunnel is more than halfway built.", "under construction"),
        ("Construction of the Saba Tunnel kicked off in May.", "under construction"),
        ("The two sides agreed to jointly build the Kilwa Bridge.", "agreement signed"),
        ("Memoranda on the Kilwa Bridge were exchanged in May.", "agreement signed"),
        ("The Kilwa Bridge is being explored as an option.", "feasibility study"),
        ("Resettlement of residents along the Tabora Rail Link is under way.", "in preparation"),
        ("Site clearance for the Moshi Free Zone began in May.", "in preparation"),
        ("The Moro Solar Park has been producing power for two years.", "operational"),
        ("The Saba Tunnel broke through in May.", "under construction"),
        ("The two bores of the Saba Tunnel were holed through in May.", "under construction"),
        ("The Kapiri Ring Road is fully open.", "open to traffic"),
        ("Traffic now flows on the Kapiri Ring Road.", "open to traffic"),
        ("The first train ran on the Tabora Rail Link in May.", "operational"),
        ("The Lindi Container Terminal welcomed its first ship in May.", "operational"),
        ("The Ruvu Dam's reservoir began filling in May.", "completed"),
        ("Impoundment of the Ruvu Dam began in May.", "completed"),
    ],
    "first use load tests stages and names put to agreements": [
        ("Vehicles began using the Kapiri Ring Road on 1 May.", "open to traffic"),
        (
            "Load tests on the Kilwa Bridge were passed in May and it now awaits its handover.",
            "completed",
        ),
        ("The Kapiri Ring Road is still at the route-survey stage.", "in preparation"),
        ("The Tabora Rail Link is still at the land acquisition stage.", "in preparation"),
        (
            "The Ruvu Power Station has yet to break ground because its design is still under"
            " review.",
            "in preparation",
        ),
        ("Towers for the Kivu Transmission Line are still going up.", "under construction"),
        ("Roughly two thirds of the Lindi Bulk Terminal has now been built.", "under construction"),
        (
            "The Lindi Container Terminal, open for business since May, handles 900 ships.",
            "operational",
        ),
        ("Consultants are still appraising the Ruvu Dam.", "feasibility study"),
        (
            "Both firms put their names to a framework agreement on the Oru Wind Farm.",
            "agreement signed",
        ),
    ],
    "headway made trial operation shipping and tunnels cut": [
        (
            "They welcomed the steady headway made at the Moshi Free Zone, which already hosts 23"
            " firms.",
            "making progress",
        ),
        ("The Ruvu Dam entered trial operation in May.", "completed"),
        ("The Lindi Container Terminal opened its first berth to shipping in June.", "operational"),
        ("Traffic began flowing on the Kapiri Ring Road in August.", "open to traffic"),
        ("The Lindi Container Terminal has cut freight costs by 15 percent.", "not stated"),
        (
            "Machines are cutting the 12-kilometre headrace tunnel of the Ruvu Dam.",
            "under construction",
        ),
    ],
    "rails laid so far expansions welders and plans drawn up": [
        (
            "Rails have so far been laid along 62 of the 97 km of the Tabora Rail Link.",
            "under construction",
        ),
        ("The Ruvu Dam has yet to leave the drawing board.", "in preparation"),
        ("The expansion of the Lindi Container Terminal is well under way.", "under construction"),
        (
            "The Kivu Seawater Pipeline has yet to carry water, as welders are still joining its last"
            " 40 km.",
            "under construction",
        ),
        (
            "Nearly 70 percent of the terminal building at the Kasama Airport is now in place.",
            "under construction",
        ),
        ("Designers are drawing up plans for the Kasama Airport.", "in preparation"),
    ],
    "roofing trials ended fit out continuing and crews rebuilding": [
        (
            "The Moshi Free Zone has yet to welcome tenants: its workshops are still being roofed.",
            "under construction",
        ),
        ("Trial operation of all four units at the Ruvu Power Station ended in May.", "completed"),
        ("Concrete is being placed at the Ruvu Dam.", "under construction"),
        (
            "The Kasama Airport has yet to open, as fitting-out of its terminal continues.",
            "under construction",
        ),
        ("The feasibility of the Kilwa Bridge is still being assessed.", "feasibility study"),
        ("The Ruvu Dam will not break ground until its design is approved.", "in preparation"),
        ("Crews finished stringing conductors on the Kivu Transmission Line in May.", "completed"),
        (
            "The Kasama Airport is due to reopen in 2027, with crews now rebuilding its runway.",
            "under construction",
        ),
    ],
    "loading, building sites, runways, land acquired, feasibility and alignments": [
        ("The Lindi Bulk Terminal began loading its first vessels in June.", "operational"),
        ("The Saba Tunnel remains a building site.", "under construction"),
        ("The Kasama Airport opened its first runway to freighters in May.", "operational"),
        ("The authorities have begun acquiring land for the Tabora Rail Link.", "in preparation"),
        ("The Ruvu Dam has not moved beyond the feasibility stage.", "feasibility study"),
        (
            "Engineers are still assessing whether the Lindi Fishing Port is viable.",
            "feasibility study",
        ),
        ("Among the deals was an engineering contract for the Oru Wind Farm.", "agreement signed"),
        ("Designers are finalising the alignment of the Tabora Rail Link.", "in preparation"),
    ],
    "halfway marks, tenants, viability studies, survey stages and capital openings": [
        (
            "Track-laying on the Mbale-Soroti Railway has passed the halfway mark.",
            "under construction",
        ),
        ("The first tenants have moved into the Jinja Agro-Industrial Park.", "operational"),
        (
            "The Rufiji Tunnel has yet to be bored: a study of its economic viability was "
            "commissioned in May.",
            "feasibility study",
        ),
        (
            "The Moroto-Kotido Expressway is still at the stage of route surveys and land "
            "acquisition.",
            "in preparation",
        ),
        ("Surveyors have begun marking the route of the Gulu-Nimule Railway.", "in preparation"),
        (
            "In commercial operation since 2021, the Kisumu Grain Terminal handled 2 million "
            "tonnes last year.",
            "operational",
        ),
    ],
    "preparation progressing, piles driven and a running that is only foreseen": [
        (
            "In Bolivia, design and land acquisition are progressing for the Santa Cruz-Trinidad "
            "Railway.",
            "in preparation",
        ),
        ("Crews are driving piles for the Safi Grain Terminal.", "under construction"),
        (
            "The Onitsha Dry Port will handle 200,000 TEU a year once it is running.",
            "not stated",
        ),
    ],
    "design moved into, futures on track, capital openings and surveys done in a with clause": [
        (
            "The Lamu-Garissa Railway has moved into detailed design, with geotechnical surveys "
            "on the first 150 kilometres completed in July.",
            "in preparation",
        ),
        (
            "The Davao-Samal Bridge is almost 70 percent complete and on track to open to traffic "
            "in 2026.",
            "under construction",
        ),
        (
            "- Eldoret-Malaba Expressway. Opened to traffic in July, the road cut journey times.",
            "open to traffic",
        ),
        (
            "The Termez–Dushanbe Railway, a cross-border line, is under construction.",
            "under construction",
        ),
    ],
    "preparatory nouns after a verb of starting": [
        (
            "Mongolia has begun land acquisition and route surveys for the Ulaanbaatar-Darkhan "
            "Expressway.",
            "in preparation",
        ),
    ],
    "parenthetical with clauses, marks passed, freight traffic and telegraphic bulletins": [
        (
            "In Djibouti, the Ghoubet Salt Export Terminal, with a capacity of 5,000 tonnes a day, "
            "was handed over in March.",
            "completed",
        ),
        (
            "In Saudi Arabia, pipe-laying on the Yanbu-Rabigh Product Pipeline has passed the "
            "two-thirds mark.",
            "under construction",
        ),
        (
            "Qingshuihe-Chinshwehaw Bridge (China-Myanmar border): opened to freight traffic on "
            "26 May.",
            "open to traffic",
        ),
        (
            "Muse-Lashio Expressway, Myanmar: survey and preliminary design under way for the "
            "road.",
            "in preparation",
        ),
    ],
    "resumed works, activities finished, survey stages, development phases and trains": [
        (
            "Construction of the Galle-Matara Expressway, suspended for eight months, resumed in "
            "February.",
            "under construction",
        ),
        (
            "A working group completed site visits for the Sainshand Industrial Park, and a "
            "feasibility study for it is under way.",
            "feasibility study",
        ),
        (
            "Route surveys for the Lomé-Aného Transmission Line were finished in June.",
            "in preparation",
        ),
        ("The Kolwezi-Dilolo Road remains at the survey and design stage.", "in preparation"),
        (
            "The Pointe-Noire Special Economic Zone, now in its second development phase, has "
            "signed up 37 companies.",
            "under development",
        ),
        (
            "Survey and detailed design for the 4.2-kilometre Trishuli-Galchhi Tunnel are under "
            "way.",
            "in preparation",
        ),
        ("The Szeged-Subotica Railway was opened to passenger trains in April.", "open to traffic"),
        (
            "In Egypt, where the Nile supplies most water, delegates presented the Assiut "
            "Logistics Industrial Park.",
            "not stated",
        ),
    ],
    "shares complete between commas, stages entered, long contract names and using since": [
        (
            "Construction of the Kuryk Grain Terminal, already 40 percent complete, will be "
            "accelerated.",
            "under construction",
        ),
        (
            "The Esquivel Container Terminal has entered the detailed design and survey stage.",
            "in preparation",
        ),
        (
            "The government signed an engineering, procurement and construction contract for the "
            "Manzanillo Bay Container Terminal.",
            "agreement signed",
        ),
        (
            "Since its first vessel berthed in March, the Huarmey Multipurpose Port has been "
            "handling bulk cargo.",
            "operational",
        ),
    ],
    "appositive participles, lists led by a preparatory noun and shares completed": [
        (
            "Crews have completed more than 60 percent of the earthworks on the Naryn Highway.",
            "under construction",
        ),
        (
            "The Moroto Ring Road, a 68-kilometre highway inaugurated in July, has cut journeys.",
            "open to traffic",
        ),
        (
            "Hydrographic surveys and environmental assessments for the Lira Fishing Port are "
            "under way.",
            "in preparation",
        ),
    ],
    "fractions complete, construction phases, parts finished, first years and tenants": [
        ("The Gulu Northern Bypass is about two-thirds complete.", "under construction"),
        (
            "The Gulu-Nimule Oil Pipeline has entered its main construction phase.",
            "under construction",
        ),
        (
            "At the Kapchorwa Industrial Park, grading of the first 20 hectares has been "
            "finished and a warehouse is being built.",
            "under construction",
        ),
        (
            "The Tororo Dry Port moved 2 million tonnes in its first full year of operation.",
            "operational",
        ),
        ("At the Mbale Free Zone, 12 factories are already in production.", "operational"),
        (
            "The partners signed a 2.6 billion shilling concession contract for the Lira Light Rail.",
            "agreement signed",
        ),
        (
            "Route surveys and hydrological baseline studies are under way for the Arua Ring Road.",
            "in preparation",
        ),
        (
            "The Hoima Wind Farm has finished its trial runs and awaits acceptance before it "
            "enters commercial service.",
            "completed",
        ),
        (
            "The Gulu Container Terminal has been in commercial operation since May, ahead of the "
            "forecast in the feasibility study.",
            "operational",
        ),
        ("The 90 MW Lira Solar Park reached mechanical completion in May.", "completed"),
        (
            "River diversion has been completed at the Ayago Hydropower Station.",
            "under construction",
        ),
        (
            "Welding has been completed on roughly 140 kilometres of the Hoima-Kabaale Oil "
            "Pipeline.",
            "under construction",
        ),
        (
            "Building on this, a feasibility study is under way for the Gulu-Juba Railway.",
            "feasibility study",
        ),
        ("A memorandum was also signed for the Mbale Wind Farm.", "agreement signed"),
        (
            "The master plan for the Lira Special Economic Zone, which covers 30 square "
            "kilometres, was approved in August.",
            "in preparation",
        ),
        (
            "The Tororo-Gulu Transmission Line, which runs for some 1,300 km across the plain, "
            "was completed in September and handed over to the grid operator.",
            "completed",
        ),
        ("The Kampala-Jinja Railway continued to serve as the region's backbone.", "operational"),
        (
            "At the Karuma Hydropower Station, concrete pouring continues and overall progress "
            "stands at roughly 55 percent. Once it enters service in 2026, it will run.",
            "under construction",
        ),
        (
            "The Kasese Dry Port was completed in March and is awaiting customs certification "
            "before it begins handling cargo.",
            "completed",
        ),
        (
            "Power will flow along the Edfu-Luxor Transmission Line, a line that the same company "
            "finished in June.",
            "completed",
        ),
        (
            "Design and survey work for the Mutukula Dry Port on the southern border is well "
            "advanced.",
            "in preparation",
        ),
        ("Track-laying is continuing on the La Serena-Coquimbo Tramway.", "under construction"),
        ("Construction of the Korhogo Solar Park is well advanced.", "under construction"),
        ("The Madurai Outer Ring Road has reached 70 percent completion.", "under construction"),
        (
            "Design work on the Koper Cruise Terminal has been under way for about eight months.",
            "in preparation",
        ),
        ("The Karaburun Wind Farm has entered its design phase.", "in preparation"),
        (
            "Trial runs have been completed on the Tabriz-Jolfa Railway, clearing the way for the "
            "line to open to passengers before the end of the year.",
            "completed",
        ),
        (
            "The Chachoengsao Industrial Park continues to make good progress.",
            "making progress",
        ),
        (
            "The Zamora Canyon Hydropower Station remains in the development stage.",
            "under development",
        ),
        (
            "Inaugurated by the president on 12 February, the Guayaquil-Salinas Expressway has "
            "cut journeys.",
            "open to traffic",
        ),
        ("The Debrecen Solar Park finished its grid-connection tests this week.", "completed"),
        (
            "Land acquisition is meanwhile under way for the Telisai Industrial Park.",
            "in preparation",
        ),
        (
            "A consortium is carrying out detailed design and land surveys for the Gulu Light "
            "Rail, which is projected to carry 60,000 passengers a day.",
            "in preparation",
        ),
        (
            "It links with the Arua-Koboko Road, whose 35-km upgrade a joint venture is "
            "currently carrying out.",
            "under construction",
        ),
        (
            "Some 5,000 people work at the Jinja Industrial Park, which turns out 2 million "
            "tonnes of steel a year.",
            "operational",
        ),
        (
            "The sides welcomed the signing, during the visit, of a loan agreement worth 1.2 "
            "billion yuan for the Moroto Wind Farm.",
            "agreement signed",
        ),
    ],
    "answers after a colon, works reopened, tunnels begun, stretches surfaced, works to begin": [
        ("- Koper Bulk Terminal (Slovenia): Completed in March, a month early.", "completed"),
        (
            "- Kandahar Dry Port (Afghanistan): Being expanded on a 60-hectare site.",
            "under construction",
        ),
        (
            "The 80-km Talas-Taraz Road, rebuilt over two years, was reopened to traffic in May.",
            "open to traffic",
        ),
        ("The Mersin Ring Road was re-opened last week.", "open to traffic"),
        (
            "Boring machines began cutting into the Rogun Headrace Tunnel on Monday.",
            "under construction",
        ),
        (
            "Crews on the Kindia-Mamou Highway have now surfaced 40 km of the 120-km route.",
            "under construction",
        ),
        (
            "The Lobito Wind Farm is scheduled to begin construction next year, once the loan is"
            " signed.",
            "not stated",
        ),
        ("The Lobito Wind Farm is expected to start operations in May.", "not stated"),
        # ... while the works it waits on are going on
        (
            "The Musoma Lake Port is due to open once dredging of its basin, some 1.8 million "
            "cubic metres, is finished.",
            "under construction",
        ),
        (
            "The Matale Expressway opens next year once its final 12 km have been surfaced.",
            "under construction",
        ),
        ("The Nakuru Airport will open once its terminal is completed.", "not stated"),
        (
            "The Konawe Industrial Park is due to start production once builders finish its "
            "smelter; nearly 14,000 workers are on site.",
            "under construction",
        ),
        (
            "The Termez Cargo Airport is due to open, with fit-out still going on.",
            "under construction",
        ),
        ("Crews are hanging the last stay cables on the Sava Bridge.", "under construction"),
        ("The Melaka-Muar Highway is close to 70 percent paved.", "under construction"),
        # throughput over a period told in the past is use (the annotation brief's "handling
        # for some time"; revised 2026-12-01); money received is no throughput
        (
            "The Lodz Container Terminal handled 1,140 block trains in the first eight months.",
            "operational",
        ),
        ("The Kandla Port received 500 million dollars in loans.", "not stated"),
        # rounds 483-498
        (
            "The Kuantan Container Terminal handled just under 300,000 TEU last year.",
            "operational",
        ),
        (
            "Design work and route surveys, meanwhile, are continuing for the Multan Metro Line.",
            "in preparation",
        ),
        (
            "The Savannakhet Transmission Line is at the survey and route-design stage.",
            "in preparation",
        ),
        # a review of the rules written from rounds 403-482 found these misread (now read as a
        # careful reader would)
        (
            "Contractors on the Nalendi Hydropower Station have moved 3.2 million cubic metres of"
            " earth since January.",
            "not stated",
        ),
        (
            "The start of construction on the Varga Bridge has been postponed until 2027.",
            "not stated",
        ),
        (
            "Officials are still awaiting the start of construction on the Varga Bridge.",
            "not stated",
        ),
        (
            "Design work on the second phase of the Birim Industrial Park, which has been "
            "operating since 2016, is under way.",
            "operational",
        ),
        (
            "The Kuvana Hydropower Project will start construction once the remaining land "
            "acquisition is completed.",
            "in preparation",
        ),
        (
            "The Tavo Railway cut freight costs by a third once the line entered service in 2021.",
            "operational",
        ),
        (
            "Plans for the construction of the Rakan Deep-Water Port are moving ahead.",
            "making progress",
        ),
        ("The main span of the Orinda Bridge was closed to traffic in October.", "not stated"),
        (
            "The Marata Port is due to open once the contractor finishes its customs sheds.",
            "under construction",
        ),
        (
            "The Marata Port is due to open next spring, with some 2,400 workers on site.",
            "under construction",
        ),
        (
            "The Marata Port is due to open next spring once dredging is finished.",
            "under construction",
        ),
        ("The Sarda Railway is planned for an operating speed of 350 km/h.", "not stated"),
        (
            "Workers were hanging flags along the Marata Expressway before the ceremony.",
            "not stated",
        ),
        (
            "Kiva Railway (Kenya): Signed contracts are expected by the end of the year.",
            "not stated",
        ),
        # rounds 467-482
        (
            "The Basra Combined-Cycle Power Plant, which a Chinese contractor brought into full "
            "commercial operation in February, is running.",
            "operational",
        ),
        (
            "The sides commended the handover in March of the Oran Container Terminal.",
            "completed",
        ),
        (
            "Work on the Malinau Hydropower Station is running ahead of schedule.",
            "under construction",
        ),
        (
            "Survey and design work has also begun on rebuilding the Hama Railway.",
            "in preparation",
        ),
        # rounds 451-466
        (
            "- Serbia — Kraljevo-Raska Expressway. Tunnelling on the 42-km, four-lane "
            "expressway was finished in August and paving of the carriageway is under way.",
            "under construction",
        ),
        (
            "- Hungary — Paks-Baja Danube Bridge. Survey work and land acquisition are in "
            "progress, and ground is not expected to be broken before spring.",
            "in preparation",
        ),
        (
            "Workers are bolting the last modules onto the frames at the Magway Solar Park.",
            "under construction",
        ),
        (
            "Work on the Vang Vieng Expressway is moving ahead along a 112-km alignment, and "
            "earthworks are about 45 percent complete.",
            "under construction",
        ),
        (
            "The Anwara Economic Zone is advancing smoothly, with 23 enterprises having signed "
            "letters of intent.",
            "making progress",
        ),
        # rounds 435-450
        (
            "Construction of the Doboj Grain Terminal was finished in August and the terminal is "
            "awaiting an operating licence.",
            "completed",
        ),
        (
            "At the Samawah Solar Park, more than 60 percent of the work has been done.",
            "under construction",
        ),
        (
            "Cameroon signed a loan agreement worth 280 billion CFA francs, about US$465 million, "
            "with a Chinese policy bank to finance the Kribi-Edea Expressway.",
            "agreement signed",
        ),
        (
            "The two sides welcomed the start of survey and design work on the Nizwa Railway.",
            "in preparation",
        ),
        ("They welcomed the start of construction on the Nizwa Railway.", "under construction"),
        ("The start of work on the Nizwa Railway is planned for 2027.", "not stated"),
        ("The groundbreaking of the Nizwa Railway took place in May.", "under construction"),
        (
            "The main span of the Kayes Bridge, which will link Mali and Senegal, was closed in "
            "October.",
            "under construction",
        ),
        (
            "Design work on the Novi Sad Railway, which is to be upgraded for speeds of up to "
            "160 km/h, is under way.",
            "in preparation",
        ),
        # rounds 419-434
        (
            "The Tororo-Gulu Railway remains in its land acquisition phase, with compensation "
            "paid to 3,000 households.",
            "in preparation",
        ),
        (
            "Track-laying on the Kano-Maradi Railway had reached the border town of Jibia.",
            "under construction",
        ),
        (
            "Construction of the Osh-Batken Transmission Line is moving ahead.",
            "under construction",
        ),
        ("Work on the Osh-Batken Transmission Line is moving ahead.", "making progress"),
        (
            "Quay construction is proceeding at the Mtwara Grain Terminal, where piling was "
            "finished in June; once complete, it will handle 1 million tonnes a year.",
            "under construction",
        ),
        (
            "Earthworks on the Nakuru Railway were completed in 2019 and the line opened in 2022.",
            "operational",
        ),
    ],
    # rounds 499-514: a design finished, machines at work, trains of two kinds
    "a design finished, dredgers at work, a bridge opened to freight and passenger trains": [
        (
            "Engineers have finished the detailed design of the Kigoma Railway, a 200-km line.",
            "in preparation",
        ),
        ("The ministry completed route surveys for the Kigoma Railway in May.", "in preparation"),
        ("The Kigoma Railway completed the design stage in 2023.", "in preparation"),
        ("Dredgers are already at work on the Kampot Navigation Canal.", "under construction"),
        ("Excavators are at work on the Kampot Navigation Canal.", "under construction"),
        # told in the past, the works are no stage of today
        ("Excavators were at work on the Kampot Navigation Canal by March.", "not stated"),
        (
            "The Mekong Rail Bridge opened to freight and passenger trains in July.",
            "open to traffic",
        ),
        (
            "The Mekong Rail Bridge opened to passenger and freight trains in July.",
            "open to traffic",
        ),
    ],
    # rounds 531-546: a schedule is no use, a line's towers are not the line
    "running behind schedule, towers erected": [
        ("Reports say the Takeo Expressway is running behind schedule.", "not stated"),
        ("The Takeo Expressway is running at full capacity.", "open to traffic"),
        (
            "Tower erection on the Ruacana Transmission Line was finished in April.",
            "under construction",
        ),
        (
            "Tower erection on the Matiari Transmission Line has been completed.",
            "under construction",
        ),
    ],
    # rounds 547-562: a proposal studied, a future "when it opens"; and what a review found
    # misread: design-and-build done, cranes at a port, trains on schedule
    "a proposal studied, when it opens, design and construction, cranes at work": [
        (
            "Officials are also studying a proposal for the Guanacaste Solar Park.",
            "feasibility study",
        ),
        (
            "The Kutaisi Dry Port is being built and should handle 120,000 TEU a year when it"
            " opens in 2026.",
            "under construction",
        ),
        (
            "The Kutaisi Dry Port, which handled its first train when it opened in 2019, is busy.",
            "operational",
        ),
        (
            "A Chinese firm completed the design and construction of the Voi Railway in 2017.",
            "completed",
        ),
        (
            "Gantry cranes are at work around the clock at the Lamu Port, which handled 40 ships"
            " last year.",
            "operational",
        ),
        ("The Dire Dawa Railway is running on schedule, with six trains a day.", "operational"),
    ],
    # rounds 563-578: a dam's river closed
    "river closure": [
        (
            "The Nam Beng Hydropower Station achieved river closure in January.",
            "under construction",
        ),
        ("River closure was achieved at the Nam Beng Hydropower Station.", "under construction"),
    ],
}


# A project named in one sentence and described in the next: a question and its answer, a list
# item that is only the name and its place, a lowercase noun or "it" that calls it back.
LATER_SENTENCES: list[tuple[str, str, str]] = [
    (
        "Q: Could you update us on the Mbale-Soroti Railway?\n\n"
        "A: Track-laying on the Ugandan line is continuing.",
        "Mbale-Soroti Railway",
        "under construction",
    ),
    (
        "Q: Reports say the Kisumu Grain Terminal has run into delays.\n\n"
        "A: The terminal was handed over to its operator in March.",
        "Kisumu Grain Terminal",
        "completed",
    ),
    (
        "1. Jinja Hydropower Station, Uganda. Civil works are about 60 percent complete.\n\n"
        "2. Kitgum Solar Park, Uganda. The 50 MW plant has been feeding the grid since 2022.",
        "Jinja Hydropower Station",
        "under construction",
    ),
    (
        "1. Jinja Hydropower Station, Uganda. Civil works are about 60 percent complete.\n\n"
        "2. Kitgum Solar Park, Uganda. The 50 MW plant has been feeding the grid since 2022.",
        "Kitgum Solar Park",
        "operational",
    ),
    (
        "Take the Moroto-Kotido Expressway. Since it was opened to traffic in 2022, journeys "
        "have halved.",
        "Moroto-Kotido Expressway",
        "open to traffic",
    ),
    (
        "The sides praised the Masindi Hydropower Station. Its six units have been in commercial "
        "operation since last year.",
        "Masindi Hydropower Station",
        "operational",
    ),
    (
        "Overview\n\nFaisalabad Green Line Metro\nDetailed design and topographic surveys for "
        "the line are under way.",
        "Faisalabad Green Line Metro",
        "in preparation",
    ),
    (
        "3. Oran Fishing Port. The detailed design of the port was approved in May, and land "
        "acquisition is under way.",
        "Oran Fishing Port",
        "in preparation",
    ),
    (
        "1. Agadir Bay Container Terminal. The Moroccan terminal has been in commercial "
        "operation since March.",
        "Agadir Bay Container Terminal",
        "operational",
    ),
    (
        "The two sides signed six cooperation documents. Among them was a contract for the "
        "Basra Combined-Cycle Power Plant.",
        "Basra Combined-Cycle Power Plant",
        "agreement signed",
    ),
    (
        "Q: Which project comes next?\n\nA: The Mardan-Swabi Expressway. Land acquisition "
        "along its route is nearly finished.",
        "Mardan-Swabi Expressway",
        "in preparation",
    ),
    (
        "- Colón Bay Cruise Terminal, Panama. Handed over to the maritime authority in June, the "
        "terminal can berth two ships.",
        "Colón Bay Cruise Terminal",
        "completed",
    ),
    (
        "- Szolnok Industrial Park. Being developed in three phases, the park has drawn investors.",
        "Szolnok Industrial Park",
        "under development",
    ),
    (
        "- Bucaramanga Light Rail (Colombia). Civil works are roughly a fifth complete.",
        "Bucaramanga Light Rail",
        "under construction",
    ),
    (
        "7. Trebinje Wind Farm (Bosnia and Herzegovina). Feeding power into the grid since "
        "December 2023, the wind farm has generated 140 million kWh.",
        "Trebinje Wind Farm",
        "operational",
    ),
]


@pytest.mark.parametrize(("text", "name", "status"), LATER_SENTENCES)
def test_a_later_sentence_that_calls_the_project_back_states_its_status(
    text: str, name: str, status: str
) -> None:
    rows = {r["name"]: r for r in extract_all(text)["projects"]}
    assert rows[name]["status"] == status


def test_a_noun_for_another_facility_or_another_kind_lends_nothing() -> None:
    """ "the other terminal" is not the one named; "the line" is no port; two waiting ports make
    "the port" ambiguous."""
    other = (
        "Q: What about the Kisumu Grain Terminal?\n\nA: The other terminal was completed in May."
    )
    kind = "Q: What about the Kisumu Grain Terminal?\n\nA: The line was completed in May."
    two = "The Lamu Port and the Kilifi Port were discussed. The port was completed in May."
    for text in (other, kind, two):
        assert {r["status"] for r in extract_all(text)["projects"]} == {"not stated"}


def test_a_paragraph_lead_lends_its_status_only_to_a_sentence_that_lists_its_subject() -> None:
    """ "We have signed agreements with 19 countries." says nothing of the expressway the
    paragraph takes as an example."""
    text = (
        "We have signed debt agreements with 19 countries. Take the Moroto-Kotido Expressway "
        "in Uganda."
    )
    assert [r["status"] for r in extract_all(text)["projects"]] == ["not stated"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        pytest.param(sentence, status, id=f"{group} {i}")
        for group, cases in CASES.items()
        for i, (sentence, status) in enumerate(cases, start=1)
    ],
)
def test_a_sentence_states_its_projects_status(sentence: str, status: str) -> None:
    rows = extract_all(sentence)["projects"]
    assert [r["status"] for r in rows] == [status]
