; equicert certificate (QF_NRA, the natural statement for external solvers (z3, cvc5))
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: at the profile 1/2,1/2;1/2,1/2 the regrets per player and action are 0,0;0,0 (no positive regret)
; kind: regret
; subject: Seed 001 Table 1b: identical taxis (1 if they serve different groups, else 0)
; fingerprint: game sha256:f74a0ce1eb6ce6a5a7664bc7f85e2b0f5cf5aa2f150b4829c17e96b37b6acc5f
; tool: equicert 0.1.0
; data: {"kind":"regret","game":{"title":"Seed 001 Table 1b: identical taxis (1 if they serve different groups, else 0)","actions":[2,2],"payoffs":[["0","1","1","0"],["0","1","1","0"]]},"profile":[["1/2","1/2"],["1/2","1/2"]],"regrets":[["0","0"],["0","0"]]}
(set-info :status unsat)
(set-logic QF_NRA)
; s_<player>_<action>: the profile, variables constrained to the stated probabilities
(declare-fun s_1_1 () Real)
(declare-fun s_1_2 () Real)
(declare-fun s_2_1 () Real)
(declare-fun s_2_2 () Real)
(assert (and (= s_1_1 (/ 1.0 2.0)) (= s_1_2 (/ 1.0 2.0)) (= s_2_1 (/ 1.0 2.0)) (= s_2_2 (/ 1.0 2.0))))
; payoff_<i>: player i's expected payoff, the sum over pure profiles of payoff times probability;
; payoff_<i>_<a>: the same when player i plays action a for sure
(define-fun payoff_1 () Real (+ (* 0.0 s_1_1 s_2_1) (* 1.0 s_1_2 s_2_1) (* 1.0 s_1_1 s_2_2) (* 0.0 s_1_2 s_2_2)))
(define-fun payoff_1_1 () Real (+ (* 0.0 s_2_1) (* 1.0 s_2_2)))
(define-fun payoff_1_2 () Real (+ (* 1.0 s_2_1) (* 0.0 s_2_2)))
(define-fun payoff_2 () Real (+ (* 0.0 s_1_1 s_2_1) (* 1.0 s_1_2 s_2_1) (* 1.0 s_1_1 s_2_2) (* 0.0 s_1_2 s_2_2)))
(define-fun payoff_2_1 () Real (+ (* 0.0 s_1_1) (* 1.0 s_1_2)))
(define-fun payoff_2_2 () Real (+ (* 1.0 s_1_1) (* 0.0 s_1_2)))
; negation: the profile is not a mixed profile, or some regret payoff_i_a - payoff_i is not the stated one
(assert (or (< s_1_1 0.0)
    (< s_1_2 0.0)
    (not (= (+ s_1_1 s_1_2) 1.0))
    (< s_2_1 0.0)
    (< s_2_2 0.0)
    (not (= (+ s_2_1 s_2_2) 1.0))
    (not (= (- payoff_1_1 payoff_1) 0.0))
    (not (= (- payoff_1_2 payoff_1) 0.0))
    (not (= (- payoff_2_1 payoff_2) 0.0))
    (not (= (- payoff_2_2 payoff_2) 0.0))))
(check-sat)
(exit)
