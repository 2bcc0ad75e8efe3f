; equicert certificate (QF_NRA, the natural statement for external solvers (z3, cvc5))
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the point "A" [3/4, 1/4], "B" [3/4, 1/4] is in the equilibrium set and no player has a stratified Pareto improvement (1 class)
; kind: oracle-spo
; subject: Chicken, both play the threshold strategy (seed 002)
; fingerprint: oracle-game sha256:1d35ce23e80853b783b211ec678705088b62b87e37ed0a6eafc9bd1c27162625
; tool: equicert 0.1.0
; data: {"kind":"oracle-spo","title":"Chicken, both play the threshold strategy (seed 002)","players":[{"name":"A","outputs":["Swerve","Straight"],"bestResponse":false,"bounds":[[0,"(ite (> (+ x_1_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) 0.0 (ite (< (+ x_1_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) x_1_0 (ite (<= 0.0 x_1_0) 0.0 x_1_0)))","(ite (> (+ x_1_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) 0.0 (ite (< (+ x_1_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) x_1_0 (ite (>= 0.0 x_1_0) 0.0 x_1_0)))"]],"utility":[{"players":[0,1],"keys":[[0,0],[0,1],[1,0],[1,1]],"payoffs":["2","2","3","0"]}]},{"name":"B","outputs":["Swerve","Straight"],"bestResponse":false,"bounds":[[0,"(ite (> (+ x_0_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) 0.0 (ite (< (+ x_0_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) x_0_0 (ite (<= 0.0 x_0_0) 0.0 x_0_0)))","(ite (> (+ x_0_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) 0.0 (ite (< (+ x_0_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) x_0_0 (ite (>= 0.0 x_0_0) 0.0 x_0_0)))"]],"utility":[{"players":[0,1],"keys":[[0,0],[0,1],[1,0],[1,1]],"payoffs":["2","3","2","0"]}]}],"point":[["3/4","1/4"],["3/4","1/4"]],"classes":[{"members":[0,1],"pieces":[{"constraints":[[{"0":"1","1":"1"},"=","1"],[{"2":"1","3":"1"},"=","1"],[{"2":"-1"},">=","-3/4"],[{"0":"1","2":"-1"},"=","0"],[{"0":"-1"},">=","-3/4"],[{"0":"-1","2":"1"},"=","0"]],"vertices":[["3/4","1/4","3/4","1/4"],["0","1","0","1"]],"anchor":null,"trees":[["le"]]}]}]}
(set-info :status unsat)
(set-logic QF_NRA)
; x_p_o: probability that player p (0-based) gives output o; every function below takes all of them
; player 0 = A
; player 1 = B
(define-fun lo_0_1 ((x_0_0 Real) (x_0_1 Real) (x_1_0 Real) (x_1_1 Real)) Real (ite (> (+ x_1_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) 0.0 (ite (< (+ x_1_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) x_1_0 (ite (<= 0.0 x_1_0) 0.0 x_1_0))))
(define-fun hi_0_1 ((x_0_0 Real) (x_0_1 Real) (x_1_0 Real) (x_1_1 Real)) Real (ite (> (+ x_1_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) 0.0 (ite (< (+ x_1_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) x_1_0 (ite (>= 0.0 x_1_0) 0.0 x_1_0))))
(define-fun U_0 ((x_0_0 Real) (x_0_1 Real) (x_1_0 Real) (x_1_1 Real)) Real
  (+ (* 2.0 x_0_0 x_1_0) (* 2.0 x_0_0 x_1_1) (* 3.0 x_0_1 x_1_0) (* 0.0 x_0_1 x_1_1)))
(define-fun rel_0 ((x_0_0 Real) (x_0_1 Real) (x_1_0 Real) (x_1_1 Real)) Bool
  (and (>= x_0_0 0.0) (>= x_0_1 0.0) (= (+ x_0_0 x_0_1) 1.0) (<= (lo_0_1 x_0_0 x_0_1 x_1_0 x_1_1) x_0_0) (<= x_0_0 (hi_0_1 x_0_0 x_0_1 x_1_0 x_1_1))))
(define-fun lo_1_1 ((x_0_0 Real) (x_0_1 Real) (x_1_0 Real) (x_1_1 Real)) Real (ite (> (+ x_0_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) 0.0 (ite (< (+ x_0_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) x_0_0 (ite (<= 0.0 x_0_0) 0.0 x_0_0))))
(define-fun hi_1_1 ((x_0_0 Real) (x_0_1 Real) (x_1_0 Real) (x_1_1 Real)) Real (ite (> (+ x_0_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) 0.0 (ite (< (+ x_0_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) x_0_0 (ite (>= 0.0 x_0_0) 0.0 x_0_0))))
(define-fun U_1 ((x_0_0 Real) (x_0_1 Real) (x_1_0 Real) (x_1_1 Real)) Real
  (+ (* 2.0 x_0_0 x_1_0) (* 3.0 x_0_0 x_1_1) (* 2.0 x_0_1 x_1_0) (* 0.0 x_0_1 x_1_1)))
(define-fun rel_1 ((x_0_0 Real) (x_0_1 Real) (x_1_0 Real) (x_1_1 Real)) Bool
  (and (>= x_1_0 0.0) (>= x_1_1 0.0) (= (+ x_1_0 x_1_1) 1.0) (<= (lo_1_1 x_0_0 x_0_1 x_1_0 x_1_1) x_1_0) (<= x_1_0 (hi_1_1 x_0_0 x_0_1 x_1_0 x_1_1))))
; r_p_o: the claimed point, variables constrained to its probabilities
(declare-fun r_0_0 () Real)
(declare-fun r_0_1 () Real)
(declare-fun r_1_0 () Real)
(declare-fun r_1_1 () Real)
(assert (and (= r_0_0 (/ 3.0 4.0)) (= r_0_1 (/ 1.0 4.0)) (= r_1_0 (/ 3.0 4.0)) (= r_1_1 (/ 1.0 4.0))))
; class 1 [0, 1]: its players move (y1_p_o), everyone else stays at the point
(declare-fun y1_0_0 () Real)
(declare-fun y1_0_1 () Real)
(declare-fun y1_1_0 () Real)
(declare-fun y1_1_1 () Real)
; negation: the point is not in the equilibrium set, or a class slice has an equilibrium point in no listed polytope, or one that is a Pareto improvement for the class
(assert (or (not (and (rel_0 r_0_0 r_0_1 r_1_0 r_1_1) (rel_1 r_0_0 r_0_1 r_1_0 r_1_1)))
    (and (and (rel_0 y1_0_0 y1_0_1 y1_1_0 y1_1_1) (rel_1 y1_0_0 y1_0_1 y1_1_0 y1_1_1)) (not (and (= (+ (* 1.0 y1_0_0) (* 1.0 y1_0_1)) 1.0) (= (+ (* 1.0 y1_1_0) (* 1.0 y1_1_1)) 1.0) (>= (* (- 1.0) y1_1_0) (- (/ 3.0 4.0))) (= (+ (* 1.0 y1_0_0) (* (- 1.0) y1_1_0)) 0.0) (>= (* (- 1.0) y1_0_0) (- (/ 3.0 4.0))) (= (+ (* (- 1.0) y1_0_0) (* 1.0 y1_1_0)) 0.0))))
    (and (and (rel_0 y1_0_0 y1_0_1 y1_1_0 y1_1_1) (rel_1 y1_0_0 y1_0_1 y1_1_0 y1_1_1)) (and (>= (U_0 y1_0_0 y1_0_1 y1_1_0 y1_1_1) (U_0 r_0_0 r_0_1 r_1_0 r_1_1)) (>= (U_1 y1_0_0 y1_0_1 y1_1_0 y1_1_1) (U_1 r_0_0 r_0_1 r_1_0 r_1_1))) (or (> (U_0 y1_0_0 y1_0_1 y1_1_0 y1_1_1) (U_0 r_0_0 r_0_1 r_1_0 r_1_1))
    (> (U_1 y1_0_0 y1_0_1 y1_1_0 y1_1_1) (U_1 r_0_0 r_0_1 r_1_0 r_1_1))))))
(check-sat)
(exit)
