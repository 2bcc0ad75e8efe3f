; equicert certificate (QF_NRA, the natural statement for external solvers (z3, cvc5))
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: every profile constant on the orbits {1,2} has expected payoff at most 346460695211/68719476736; the profile 3495255/4194304,1/2097152,699045/4194304,1/2097152 attains 177387845189633/35184372088832
; kind: symmetric-bound
; subject: Seed 001 App. A: veil of ignorance (plans: action if High need | action if Low need)
; tool: equicert 0.1.0
; data: {"kind":"symmetric-bound","game":{"title":"Seed 001 App. A: veil of ignorance (plans: action if High need | action if Low need)","actions":[4,4],"payoffs":[["5","19/4","21/4","5","19/4","7/2","15/4","5/2","21/4","15/4","4","5/2","5","5/2","5/2","0"],["5","19/4","21/4","5","19/4","7/2","15/4","5/2","21/4","15/4","4","5/2","5","5/2","5/2","0"]]},"orbits":[[0,1]],"bound":"346460695211/68719476736","tree":[1,2,3,1,2,3,1,2,-1,3,102,-1,203,2,3,1,2,-1,102,-1,203,2,3,1,2,-1,102,-1,203,2,3,1,2,-1,102,-1,203,2,3,1,2,-1,102,-1,203,2,3,1,2,-1,102,-1,203,2,3,1,2,-1,102,-1,203,2,3,1,2,-1,102,-1,203,2,3,1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1],"witness":[["3495255/4194304","1/2097152","699045/4194304","1/2097152"]],"witnessValue":"177387845189633/35184372088832"}
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun s_1_1 () Real)
(declare-fun s_1_2 () Real)
(declare-fun s_1_3 () Real)
(declare-fun s_1_4 () Real)
; EU of the profile in which orbit o plays s_o (Bernstein form)
(define-fun eu () Real (+ (* 5.0 s_1_1 s_1_1) (* (/ 19.0 2.0) s_1_1 s_1_2) (* (/ 21.0 2.0) s_1_1 s_1_3) (* 10.0 s_1_1 s_1_4) (* (/ 7.0 2.0) s_1_2 s_1_2) (* (/ 15.0 2.0) s_1_2 s_1_3) (* 5.0 s_1_2 s_1_4) (* 4.0 s_1_3 s_1_3) (* 5.0 s_1_3 s_1_4)))
(assert (and (>= s_1_1 0.0) (>= s_1_2 0.0) (>= s_1_3 0.0) (>= s_1_4 0.0) (= (+ s_1_1 s_1_2 s_1_3 s_1_4) 1.0) (> eu (/ 346460695211.0 68719476736.0))))
(check-sat)
(exit)
