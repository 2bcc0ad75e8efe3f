; equicert certificate (QF_NRA, the natural statement for external solvers (z3, cvc5))
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: at the profile 0,1/2,1/2;0,1/2,1/2 the regrets per player and action are 109/20,0,0;109/20,0,0 (so it is not a Nash equilibrium: the largest gain is 109/20)
; kind: regret
; subject: Seed 001 Example 5.0.5 (epsilon = 1/10)
; fingerprint: game sha256:fc820d2e989c594598c7aed57fb0fd65d593bb1f489f826c33a139c4e69ef038
; tool: equicert 0.1.0
; data: {"kind":"regret","game":{"title":"Seed 001 Example 5.0.5 (epsilon = 1/10)","actions":[3,3],"payoffs":[["1","1","1","1","-10","11/10","1","11/10","-10"],["1","1","1","1","-10","11/10","1","11/10","-10"]]},"profile":[["0","1/2","1/2"],["0","1/2","1/2"]],"regrets":[["109/20","0","0"],["109/20","0","0"]]}
(set-info :status unsat)
(set-logic QF_NRA)
; s_<player>_<action>: the profile, variables constrained to the stated probabilities
(declare-fun s_1_1 () Real)
(declare-fun s_1_2 () Real)
(declare-fun s_1_3 () Real)
(declare-fun s_2_1 () Real)
(declare-fun s_2_2 () Real)
(declare-fun s_2_3 () Real)
(assert (and (= s_1_1 0.0) (= s_1_2 (/ 1.0 2.0)) (= s_1_3 (/ 1.0 2.0)) (= s_2_1 0.0) (= s_2_2 (/ 1.0 2.0)) (= s_2_3 (/ 1.0 2.0))))
; payoff_<i>: player i's expected payoff, the sum over pure profiles of payoff times probability;
; payoff_<i>_<a>: the same when player i plays action a for sure
(define-fun payoff_1 () Real (+ (* 1.0 s_1_1 s_2_1) (* 1.0 s_1_2 s_2_1) (* 1.0 s_1_3 s_2_1) (* 1.0 s_1_1 s_2_2) (* (- 10.0) s_1_2 s_2_2) (* (/ 11.0 10.0) s_1_3 s_2_2) (* 1.0 s_1_1 s_2_3) (* (/ 11.0 10.0) s_1_2 s_2_3) (* (- 10.0) s_1_3 s_2_3)))
(define-fun payoff_1_1 () Real (+ (* 1.0 s_2_1) (* 1.0 s_2_2) (* 1.0 s_2_3)))
(define-fun payoff_1_2 () Real (+ (* 1.0 s_2_1) (* (- 10.0) s_2_2) (* (/ 11.0 10.0) s_2_3)))
(define-fun payoff_1_3 () Real (+ (* 1.0 s_2_1) (* (/ 11.0 10.0) s_2_2) (* (- 10.0) s_2_3)))
(define-fun payoff_2 () Real (+ (* 1.0 s_1_1 s_2_1) (* 1.0 s_1_2 s_2_1) (* 1.0 s_1_3 s_2_1) (* 1.0 s_1_1 s_2_2) (* (- 10.0) s_1_2 s_2_2) (* (/ 11.0 10.0) s_1_3 s_2_2) (* 1.0 s_1_1 s_2_3) (* (/ 11.0 10.0) s_1_2 s_2_3) (* (- 10.0) s_1_3 s_2_3)))
(define-fun payoff_2_1 () Real (+ (* 1.0 s_1_1) (* 1.0 s_1_2) (* 1.0 s_1_3)))
(define-fun payoff_2_2 () Real (+ (* 1.0 s_1_1) (* (- 10.0) s_1_2) (* (/ 11.0 10.0) s_1_3)))
(define-fun payoff_2_3 () Real (+ (* 1.0 s_1_1) (* (/ 11.0 10.0) s_1_2) (* (- 10.0) s_1_3)))
; negation: the profile is not a mixed profile, or some regret payoff_i_a - payoff_i is not the stated one
(assert (or (< s_1_1 0.0)
    (< s_1_2 0.0)
    (< s_1_3 0.0)
    (not (= (+ s_1_1 s_1_2 s_1_3) 1.0))
    (< s_2_1 0.0)
    (< s_2_2 0.0)
    (< s_2_3 0.0)
    (not (= (+ s_2_1 s_2_2 s_2_3) 1.0))
    (not (= (- payoff_1_1 payoff_1) (/ 109.0 20.0)))
    (not (= (- payoff_1_2 payoff_1) 0.0))
    (not (= (- payoff_1_3 payoff_1) 0.0))
    (not (= (- payoff_2_1 payoff_2) (/ 109.0 20.0)))
    (not (= (- payoff_2_2 payoff_2) 0.0))
    (not (= (- payoff_2_3 payoff_2) 0.0))))
(check-sat)
(exit)
