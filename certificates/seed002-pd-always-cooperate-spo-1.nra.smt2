; equicert certificate (QF_NRA, the natural statement for external solvers (z3, cvc5))
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the point "A" [0, 1], "B" [0, 1] is in the equilibrium set and no player has a stratified Pareto improvement (1 class)
; kind: oracle-spo
; subject: Prisoner's Dilemma, B always cooperates (seed 002)
; fingerprint: oracle-game sha256:b847d99bd2084841653df41a38525b2195f548ad11dc3e9a9c2e23aecb6df611
; tool: equicert 0.1.0
; data: {"kind":"oracle-spo","title":"Prisoner's Dilemma, B always cooperates (seed 002)","players":[{"name":"A","outputs":["D","C"],"bestResponse":false,"bounds":[[1,"x_1_1","x_1_1"]],"utility":[{"players":[0,1],"keys":[[0,0],[0,1],[1,0],[1,1]],"payoffs":["1","5","0","3"]}]},{"name":"B","outputs":["D","C"],"bestResponse":false,"bounds":[[1,"1.0","1.0"]],"utility":[{"players":[0,1],"keys":[[0,0],[0,1],[1,0],[1,1]],"payoffs":["1","0","5","3"]}]}],"point":[["0","1"],["0","1"]],"classes":[{"members":[0,1],"pieces":[{"constraints":[[{"0":"1","1":"1"},"=","1"],[{"2":"1","3":"1"},"=","1"],[{"1":"1","3":"-1"},"=","0"],[{"2":"1"},"=","0"],[{"3":"1"},"=","1"]],"vertices":[["0","1","0","1"]],"anchor":null,"trees":[["le"]]}]}]}
(set-info :status unsat)
(set-logic QF_NRA)
; x_p_o: probability that player p (0-based) gives output o; every function below takes all of them
; player 0 = A
; player 1 = B
(define-fun lo_0_1 ((x_0_0 Real) (x_0_1 Real) (x_1_0 Real) (x_1_1 Real)) Real x_1_1)
(define-fun hi_0_1 ((x_0_0 Real) (x_0_1 Real) (x_1_0 Real) (x_1_1 Real)) Real x_1_1)
(define-fun U_0 ((x_0_0 Real) (x_0_1 Real) (x_1_0 Real) (x_1_1 Real)) Real
  (+ (* 1.0 x_0_0 x_1_0) (* 5.0 x_0_0 x_1_1) (* 0.0 x_0_1 x_1_0) (* 3.0 x_0_1 x_1_1)))
(define-fun rel_0 ((x_0_0 Real) (x_0_1 Real) (x_1_0 Real) (x_1_1 Real)) Bool
  (and (>= x_0_0 0.0) (>= x_0_1 0.0) (= (+ x_0_0 x_0_1) 1.0) (<= (lo_0_1 x_0_0 x_0_1 x_1_0 x_1_1) x_0_1) (<= x_0_1 (hi_0_1 x_0_0 x_0_1 x_1_0 x_1_1))))
(define-fun lo_1_1 ((x_0_0 Real) (x_0_1 Real) (x_1_0 Real) (x_1_1 Real)) Real 1.0)
(define-fun hi_1_1 ((x_0_0 Real) (x_0_1 Real) (x_1_0 Real) (x_1_1 Real)) Real 1.0)
(define-fun U_1 ((x_0_0 Real) (x_0_1 Real) (x_1_0 Real) (x_1_1 Real)) Real
  (+ (* 1.0 x_0_0 x_1_0) (* 0.0 x_0_0 x_1_1) (* 5.0 x_0_1 x_1_0) (* 3.0 x_0_1 x_1_1)))
(define-fun rel_1 ((x_0_0 Real) (x_0_1 Real) (x_1_0 Real) (x_1_1 Real)) Bool
  (and (>= x_1_0 0.0) (>= x_1_1 0.0) (= (+ x_1_0 x_1_1) 1.0) (<= (lo_1_1 x_0_0 x_0_1 x_1_0 x_1_1) x_1_1) (<= x_1_1 (hi_1_1 x_0_0 x_0_1 x_1_0 x_1_1))))
; r_p_o: the claimed point, variables constrained to its probabilities
(declare-fun r_0_0 () Real)
(declare-fun r_0_1 () Real)
(declare-fun r_1_0 () Real)
(declare-fun r_1_1 () Real)
(assert (and (= r_0_0 0.0) (= r_0_1 1.0) (= r_1_0 0.0) (= r_1_1 1.0)))
; class 1 [0, 1]: its players move (y1_p_o), everyone else stays at the point
(declare-fun y1_0_0 () Real)
(declare-fun y1_0_1 () Real)
(declare-fun y1_1_0 () Real)
(declare-fun y1_1_1 () Real)
; negation: the point is not in the equilibrium set, or a class slice has an equilibrium point in no listed polytope, or one that is a Pareto improvement for the class
(assert (or (not (and (rel_0 r_0_0 r_0_1 r_1_0 r_1_1) (rel_1 r_0_0 r_0_1 r_1_0 r_1_1)))
    (and (and (rel_0 y1_0_0 y1_0_1 y1_1_0 y1_1_1) (rel_1 y1_0_0 y1_0_1 y1_1_0 y1_1_1)) (not (and (= (+ (* 1.0 y1_0_0) (* 1.0 y1_0_1)) 1.0) (= (+ (* 1.0 y1_1_0) (* 1.0 y1_1_1)) 1.0) (= (+ (* 1.0 y1_0_1) (* (- 1.0) y1_1_1)) 0.0) (= (* 1.0 y1_1_0) 0.0) (= (* 1.0 y1_1_1) 1.0))))
    (and (and (rel_0 y1_0_0 y1_0_1 y1_1_0 y1_1_1) (rel_1 y1_0_0 y1_0_1 y1_1_0 y1_1_1)) (and (>= (U_0 y1_0_0 y1_0_1 y1_1_0 y1_1_1) (U_0 r_0_0 r_0_1 r_1_0 r_1_1)) (>= (U_1 y1_0_0 y1_0_1 y1_1_0 y1_1_1) (U_1 r_0_0 r_0_1 r_1_0 r_1_1))) (or (> (U_0 y1_0_0 y1_0_1 y1_1_0 y1_1_1) (U_0 r_0_0 r_0_1 r_1_0 r_1_1))
    (> (U_1 y1_0_0 y1_0_1 y1_1_0 y1_1_1) (U_1 r_0_0 r_0_1 r_1_0 r_1_1))))))
(check-sat)
(exit)
