-- The peer of the talent map benchmark: one set-based statement computing every active employee's performance row,
-- potential score and box from the same tables, with the national default rubric of DOMAIN.md written into it
-- (performance row by SKP predikat, potential weights and scales, evidence windows, competency results valid 3
-- years, discipline status required, 360 groups of at least 3, cut-offs 60 / 80, PermenPANRB 3/2020 numbering).
-- Parameters: the period id, then the assessment date (as_of). Runs with search_path = the tenant schema.
WITH params AS (SELECT ?::bigint AS period_id, ?::date AS as_of),
emp AS (SELECT nip, jabatan_id FROM employee WHERE status = 'ACTIVE'),
inp AS (
    SELECT nip,
           max(payload ->> 'hasilKerja') FILTER (WHERE kind = 'SKP') AS hasil,
           max(payload ->> 'perilakuKerja') FILTER (WHERE kind = 'SKP') AS perilaku,
           max((payload ->> 'score')::numeric) FILTER (WHERE kind = 'POTENTIAL') AS potential,
           bool_or((payload ->> 'fits')::boolean) FILTER (WHERE kind = 'FIELD_FIT') AS fits,
           bool_or(kind = 'DISCIPLINE') AS declared,
           (array_agg(payload) FILTER (WHERE kind = 'COMPETENCY'))[1] AS competency
    FROM assessment_input, params WHERE assessment_input.period_id = params.period_id GROUP BY nip),
jpm AS (
    SELECT emp.nip, sum(cs.required_level) AS required, sum((inp.competency ->> cs.competency)::int) AS reached,
           bool_and(inp.competency -> cs.competency IS NOT NULL) AS complete
    FROM emp CROSS JOIN params JOIN competency_standard cs ON cs.jabatan_id = emp.jabatan_id
             JOIN inp ON inp.nip = emp.nip AND inp.competency IS NOT NULL
    -- an expired result (assessed more than 3 years before) is missing
    WHERE coalesce((inp.competency ->> '_assessedOn')::date, params.as_of) >= (params.as_of - interval '3 years')::date
    GROUP BY emp.nip),
awards AS (SELECT nip, count(*) AS n FROM award, params
           WHERE awarded_on >= (as_of - interval '5 years')::date AND awarded_on <= as_of GROUP BY nip),
teams AS (SELECT nip, count(*) AS n FROM team_assignment, params
          WHERE start_date >= (as_of - interval '2 years')::date AND start_date <= as_of GROUP BY nip),
certs AS (SELECT nip, count(*) AS n FROM training, params
          WHERE kind = 'CERTIFICATE' AND completed_on >= (as_of - interval '5 years')::date AND completed_on <= as_of
          GROUP BY nip),
-- related experience (RelatedExperience): days in posts of the current post's track or unit, up to as_of, an entry
-- running to its end, else to the next entry's TMT (the current, open one to as_of), overlaps counted once
hist AS (SELECT h.nip, h.level, h.unit_name, h.tmt, h.end_date,
                lead(h.tmt) OVER (PARTITION BY h.nip ORDER BY h.tmt) AS next_tmt,
                CASE WHEN h.level LIKE 'JPT%' OR h.level IN ('ADMINISTRATOR', 'PENGAWAS') THEN 'STRUCTURAL'
                     WHEN h.level LIKE 'AHLI%' THEN 'FUNCTIONAL_EXPERTISE'
                     WHEN h.level IN ('PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA') THEN 'FUNCTIONAL_SKILL'
                     ELSE h.level END AS track
         FROM position_history h, params WHERE h.tmt <= params.as_of),
cur AS (SELECT DISTINCT ON (nip) nip, tmt, track, unit_name FROM hist
        ORDER BY nip, (end_date IS NULL) DESC, tmt DESC),
related AS (SELECT h.nip, h.tmt,
                   least(params.as_of, CASE WHEN h.end_date IS NOT NULL THEN h.end_date + 1
                                            WHEN h.next_tmt IS NOT NULL AND h.tmt <> c.tmt THEN h.next_tmt
                                            ELSE params.as_of END) AS until
            FROM hist h JOIN cur c ON c.nip = h.nip, params
            WHERE h.track = c.track OR h.unit_name = c.unit_name),
spans AS (SELECT nip, until, greatest(tmt, coalesce(max(until) OVER (PARTITION BY nip ORDER BY tmt
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), tmt)) AS start FROM related),
pos AS (SELECT hist.nip, floor(coalesce(sum(greatest(0, spans.until - spans.start)), 0) / 365.25) AS years
        FROM (SELECT DISTINCT nip FROM hist) hist LEFT JOIN spans ON spans.nip = hist.nip GROUP BY hist.nip),
edu AS (SELECT DISTINCT ON (h.nip) h.nip, h.level FROM education_history h
        JOIN platform.education_level l ON l.code = h.level ORDER BY h.nip, l.rank_order DESC),
disc AS (SELECT nip, bool_or(start_date <= as_of AND (end_date IS NULL OR end_date >= as_of)) AS sanctioned,
                max(CASE level WHEN 'LIGHT' THEN 1 WHEN 'MODERATE' THEN 2 WHEN 'SEVERE' THEN 3 END)
                    FILTER (WHERE start_date > (as_of - interval '1 year')::date AND start_date <= as_of) AS worst
         FROM discipline, params GROUP BY nip),
fb AS (SELECT nip, avg(g) AS mean
       FROM (SELECT nip, avg(score) AS g, count(*) AS c FROM feedback_360, params
             WHERE feedback_360.period_id = params.period_id GROUP BY nip, rater_group) groups
       WHERE c >= 3 GROUP BY nip),
scaled AS (
    SELECT emp.nip,
           CASE WHEN inp.hasil IS NULL THEN NULL
                WHEN inp.perilaku = 'DI_BAWAH_EKSPEKTASI' THEN CASE WHEN inp.hasil = 'DI_BAWAH_EKSPEKTASI' THEN 20 ELSE 40 END
                WHEN inp.hasil = 'DI_BAWAH_EKSPEKTASI' THEN 60
                WHEN inp.hasil = 'DI_ATAS_EKSPEKTASI' AND inp.perilaku = 'DI_ATAS_EKSPEKTASI' THEN 100
                ELSE 80 END AS skp,
           CASE WHEN awards.n >= 3 THEN 100 WHEN awards.n = 2 THEN 85 WHEN awards.n = 1 THEN 70 ELSE 0 END AS awards,
           CASE WHEN teams.n >= 3 THEN 100 WHEN teams.n = 2 THEN 85 WHEN teams.n = 1 THEN 70 ELSE 0 END AS teams,
           round(fb.mean * 20, 2) AS feedback,
           CASE WHEN jpm.complete THEN least(100, round(jpm.reached * 100.0 / jpm.required, 2)) END AS jpm,
           CASE WHEN certs.n >= 3 THEN 100 WHEN certs.n = 2 THEN 85 WHEN certs.n = 1 THEN 70 ELSE 0 END AS certs,
           CASE WHEN pos.years IS NULL THEN NULL
                WHEN pos.years >= 5 THEN 100
                WHEN pos.years >= 3 THEN 80
                WHEN pos.years >= 2 THEN 70 ELSE 60 END AS years,
           round(inp.potential, 2) AS potential,
           CASE edu.level WHEN 'S3' THEN 100 WHEN 'S2' THEN 90 WHEN 'S1' THEN 80 WHEN 'D4' THEN 80 WHEN 'D3' THEN 70
                WHEN 'D2' THEN 65 WHEN 'D1' THEN 62 WHEN 'SLTA' THEN 60 WHEN 'SMP' THEN 40 WHEN 'SD' THEN 30 END AS education,
           CASE WHEN inp.fits IS NULL THEN NULL WHEN inp.fits THEN 100 ELSE 50 END AS fit,
           CASE WHEN disc.sanctioned THEN 0 WHEN disc.worst = 3 THEN 25 WHEN disc.worst = 2 THEN 50
                WHEN disc.worst = 1 THEN 75 WHEN inp.declared THEN 100 END AS discipline
    FROM emp CROSS JOIN params
         LEFT JOIN inp ON inp.nip = emp.nip LEFT JOIN jpm ON jpm.nip = emp.nip
         LEFT JOIN awards ON awards.nip = emp.nip LEFT JOIN teams ON teams.nip = emp.nip
         LEFT JOIN certs ON certs.nip = emp.nip LEFT JOIN pos ON pos.nip = emp.nip LEFT JOIN edu ON edu.nip = emp.nip
         LEFT JOIN disc ON disc.nip = emp.nip LEFT JOIN fb ON fb.nip = emp.nip),
axes AS (
    SELECT nip,
           -- the row by the SKP predikat (Sangat Baik 100, Baik 80, below); the 360 is still required to be mapped
           CASE WHEN skp IS NULL OR feedback IS NULL THEN NULL WHEN skp = 100 THEN 2 WHEN skp = 80 THEN 1 ELSE 0 END
               AS performance_row,
           round(jpm * 0.20, 2) + round(certs * 0.10, 2) + round(years * 0.10, 2) + round(potential * 0.25, 2)
               + round(education * 0.10, 2) + round(fit * 0.10, 2) + round(discipline * 0.15, 2) AS potential
    FROM scaled)
SELECT nip, performance_row, potential,
       CASE WHEN performance_row IS NULL OR potential IS NULL THEN NULL
            ELSE (ARRAY[1, 3, 6, 2, 5, 8, 4, 7, 9])[performance_row * 3
                + (CASE WHEN potential >= 80 THEN 2 WHEN potential >= 60 THEN 1 ELSE 0 END) + 1] END AS box
FROM axes
