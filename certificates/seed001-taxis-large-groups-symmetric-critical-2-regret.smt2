; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: at the profile 0,1;0,1 the regrets per player and action are -1,0;-1,0 (no positive regret)
; kind: regret
; subject: Seed 001 Table 1c: large groups need both taxis (1 if both serve the same group, else 0)
; fingerprint: game sha256:c22a9ac0541e4267337d67435578452bfce8d89082814a7d783cc1d0dbc73489
; tool: equicert 0.1.0
; data: {"kind":"regret","game":{"title":"Seed 001 Table 1c: large groups need both taxis (1 if both serve the same group, else 0)","actions":[2,2],"payoffs":[["1","0","0","1"],["1","0","0","1"]]},"profile":[["0","1"],["0","1"]],"regrets":[["-1","0"],["-1","0"]]}
(set-info :status unsat)
(set-logic QF_LRA)
; payoffs u_<player>_<profile> (profiles in Gambit order, player 1 fastest)
(define-fun u_1_1 () Real 1.0)
(define-fun u_1_2 () Real 0.0)
(define-fun u_1_3 () Real 0.0)
(define-fun u_1_4 () Real 1.0)
(define-fun u_2_1 () Real 1.0)
(define-fun u_2_2 () Real 0.0)
(define-fun u_2_3 () Real 0.0)
(define-fun u_2_4 () Real 1.0)
; the profile: s_<player>_<action>
(define-fun s_1_1 () Real 0.0)
(define-fun s_1_2 () Real 1.0)
(define-fun s_2_1 () Real 0.0)
(define-fun s_2_2 () Real 1.0)
; eu_<player>_<action>: payoff of the action against the others' strategies; eu_<player>: expected payoff
(define-fun eu_1_1 () Real (+ (* s_2_1 u_1_1) (* s_2_2 u_1_3)))
(define-fun eu_1_2 () Real (+ (* s_2_1 u_1_2) (* s_2_2 u_1_4)))
(define-fun eu_1 () Real (+ (* s_1_1 eu_1_1) (* s_1_2 eu_1_2)))
(define-fun eu_2_1 () Real (+ (* s_1_1 u_2_1) (* s_1_2 u_2_2)))
(define-fun eu_2_2 () Real (+ (* s_1_1 u_2_3) (* s_1_2 u_2_4)))
(define-fun eu_2 () Real (+ (* s_2_1 eu_2_1) (* s_2_2 eu_2_2)))
; negation of the claim: the profile is invalid or some regret differs from the stated value
(assert (or (< s_1_1 0.0)
    (< s_1_2 0.0)
    (not (= (+ s_1_1 s_1_2) 1.0))
    (< s_2_1 0.0)
    (< s_2_2 0.0)
    (not (= (+ s_2_1 s_2_2) 1.0))
    (not (= (- eu_1_1 eu_1) (- 1.0)))
    (not (= (- eu_1_2 eu_1) 0.0))
    (not (= (- eu_2_1 eu_2) (- 1.0)))
    (not (= (- eu_2_2 eu_2) 0.0))))
(check-sat)
(exit)
