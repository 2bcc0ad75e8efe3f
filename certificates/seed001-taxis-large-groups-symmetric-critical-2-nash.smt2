; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the profile 0,1;0,1 is a Nash equilibrium: no player gains by any mixed deviation
; kind: nash
; subject: Seed 001 Table 1c: large groups need both taxis (1 if both serve the same group, else 0)
; fingerprint: game sha256:c22a9ac0541e4267337d67435578452bfce8d89082814a7d783cc1d0dbc73489
; tool: equicert 0.1.0
; data: {"kind":"nash","game":{"title":"Seed 001 Table 1c: large groups need both taxis (1 if both serve the same group, else 0)","actions":[2,2],"payoffs":[["1","0","0","1"],["1","0","0","1"]]},"profile":[["0","1"],["0","1"]],"epsilon":"0"}
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
(define-fun epsilon () Real 0.0)
; deviation d_<player>_<action>: any mixed strategy of that player
(declare-fun d_1_1 () Real)
(declare-fun d_1_2 () Real)
(declare-fun d_2_1 () Real)
(declare-fun d_2_2 () Real)
; negation of the claim: the profile is invalid, a numeral below misstates a payoff, or some player has a deviation gaining more than epsilon
(assert (or (< s_1_1 0.0)
    (< s_1_2 0.0)
    (not (= (+ s_1_1 s_1_2) 1.0))
    (< s_2_1 0.0)
    (< s_2_2 0.0)
    (not (= (+ s_2_1 s_2_2) 1.0))
    (not (= eu_1_1 0.0))
    (not (= eu_1_2 1.0))
    (not (= eu_2_1 0.0))
    (not (= eu_2_2 1.0))
    (and (>= d_1_1 0.0) (>= d_1_2 0.0) (= (+ d_1_1 d_1_2) 1.0) (> (+ (* 0.0 d_1_1) (* 1.0 d_1_2)) (+ eu_1 epsilon)))
    (and (>= d_2_1 0.0) (>= d_2_2 0.0) (= (+ d_2_1 d_2_2) 1.0) (> (+ (* 0.0 d_2_1) (* 1.0 d_2_2)) (+ eu_2 epsilon)))))
(check-sat)
(exit)
